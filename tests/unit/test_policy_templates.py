"""The Group Policy templates (installer/policy/*.admx, *.adml) and the JSON example.

GPMC and Intune's ADMX ingestion reject a template with a dangling ``$(string.X)`` or a
presentation that does not match its policy's elements, and say so only on an IT
administrator's machine; these checks run here in milliseconds. They also tie the templates
to the reader: every value a policy writes is one that compliance_client.profile.managed
reads (DESIGN §13), so a key renamed on one side fails here.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from compliance_client.domain.languages import LANGUAGES
from compliance_client.profile.managed import MANAGED_KEYS, REGISTRY_KEY, parse_settings

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "installer" / "policy"
ADMX = POLICY / "compliance-client.admx"
ADML_LANGUAGES = ("en-US", "de-DE", "fr-FR")
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
Q = f"{{{NS}}}"
KEY = r"SOFTWARE\Policies\Compliance Client"
FLAGS = {"LockServerUrl", "LockLanguage", "DisableDemo", "Autostart"}
#: A policy element and the presentation control that shows it.
CONTROLS = {"text": {"textBox", "comboBox"}, "enum": {"dropdownList"},
            "decimal": {"decimalTextBox"}, "boolean": {"checkBox"}, "list": {"listBox"},
            "multiText": {"multiTextBox"}}


def _admx() -> ET.Element:
    return ET.parse(ADMX).getroot()


def _adml(language: str) -> ET.Element:
    return ET.parse(POLICY / language / "compliance-client.adml").getroot()


def _policies() -> list[ET.Element]:
    return _admx().findall(f"{Q}policies/{Q}policy")


def _references(kind: str) -> set[str]:
    """Every ``$(kind.X)`` the ADMX names, in any attribute."""
    found: set[str] = set()
    for element in _admx().iter():
        for value in element.attrib.values():
            found |= set(re.findall(rf"\$\({kind}\.([^)]+)\)", value))
    return found


def _value_names() -> dict[str, str]:
    """{registry value name: "REG_SZ" or "REG_DWORD"} written by the policies."""
    names: dict[str, str] = {}
    for policy in _policies():
        if "valueName" in policy.attrib:
            assert policy.find(f"{Q}enabledValue/{Q}decimal") is not None
            names[policy.attrib["valueName"]] = "REG_DWORD"
        for element in policy.findall(f"{Q}elements/*"):
            names[element.attrib["valueName"]] = "REG_SZ"
    return names


def test_admx_shape() -> None:
    root = _admx()
    assert root.tag == f"{Q}policyDefinitions"
    assert root.attrib["revision"] == "1.0" and root.attrib["schemaVersion"] == "1.0"
    target = root.find(f"{Q}policyNamespaces/{Q}target")
    assert target is not None and target.attrib["prefix"] and "." in target.attrib["namespace"]
    # Every prefix a reference names ("windows:SUPPORTED_...") is a declared <using>, and
    # every <using> is needed: an unused one still makes Intune's ADMX import demand that
    # template first. This one names nothing outside itself.
    usings = {u.attrib["prefix"] for u in root.findall(f"{Q}policyNamespaces/{Q}using")}
    prefixes = {ref.split(":", 1)[0] for e in root.iter() for ref in [e.attrib.get("ref", "")]
                if ":" in ref}
    assert prefixes == usings
    assert target.attrib["prefix"] not in usings
    resources = root.find(f"{Q}resources")
    assert resources is not None and resources.attrib["minRequiredRevision"] == "1.0"
    categories = {c.attrib["name"] for c in root.findall(f"{Q}categories/{Q}category")}
    supported = {d.attrib["name"]
                 for d in root.findall(f"{Q}supportedOn/{Q}definitions/{Q}definition")}
    assert categories == {"ComplianceClient"}
    names = [p.attrib["name"] for p in _policies()]
    assert len(names) == len(set(names)) == len(MANAGED_KEYS)
    for policy in _policies():
        assert policy.attrib["class"] == "Both"
        assert policy.attrib["key"] == KEY == REGISTRY_KEY
        parent = policy.find(f"{Q}parentCategory")
        assert parent is not None and parent.attrib["ref"] in categories
        on = policy.find(f"{Q}supportedOn")
        assert on is not None and on.attrib["ref"] in supported
        # An element under a policy carries no key of its own (it would leave ours).
        for element in policy.findall(f"{Q}elements/*"):
            assert element.attrib.get("key", KEY) == KEY
    assert supported == {"SUPPORTED_Windows10"}


def test_value_names_are_what_the_app_reads() -> None:
    names = _value_names()
    assert set(names) == set(MANAGED_KEYS)
    assert {n for n, kind in names.items() if kind == "REG_DWORD"} == FLAGS


def test_switches_write_one_and_zero() -> None:
    for policy in _policies():
        if policy.attrib["name"] not in FLAGS:
            continue
        on = policy.find(f"{Q}enabledValue/{Q}decimal")
        off = policy.find(f"{Q}disabledValue/{Q}decimal")
        assert on is not None and on.attrib["value"] == "1", policy.attrib["name"]
        assert off is not None and off.attrib["value"] == "0", policy.attrib["name"]


def test_language_enum_offers_the_app_languages() -> None:
    enum = _admx().find(f"{Q}policies/{Q}policy[@name='Language']/{Q}elements/{Q}enum")
    assert enum is not None
    values = [item.find(f"{Q}value/{Q}string") for item in enum.findall(f"{Q}item")]
    assert [v.text for v in values if v is not None] == list(LANGUAGES)
    # Each is a value the reader accepts.
    for code in LANGUAGES:
        assert parse_settings({"Language": code}).language == code


@pytest.mark.parametrize("language", ADML_LANGUAGES)
def test_adml_shape_and_strings(language: str) -> None:
    root = _adml(language)
    assert root.tag == f"{Q}policyDefinitionResources"
    assert root.attrib["revision"] == "1.0" and root.attrib["schemaVersion"] == "1.0"
    for tag in ("displayName", "description"):
        found = root.find(f"{Q}{tag}")
        assert found is not None and (found.text or "").strip()
    strings = {s.attrib["id"]: (s.text or "")
               for s in root.findall(f"{Q}resources/{Q}stringTable/{Q}string")}
    assert all(text.strip() for text in strings.values())
    used = _references("string")
    assert used - set(strings) == set(), "the ADMX names strings this ADML lacks"
    assert set(strings) - used == set(), "strings nobody uses"
    presentations = {p.attrib["id"]: p
                     for p in root.findall(f"{Q}resources/{Q}presentationTable/{Q}presentation")}
    assert set(presentations) == _references("presentation")


@pytest.mark.parametrize("language", ADML_LANGUAGES)
def test_every_element_has_its_control(language: str) -> None:
    presentations = {p.attrib["id"]: p for p in _adml(language).findall(
        f"{Q}resources/{Q}presentationTable/{Q}presentation")}
    for policy in _policies():
        elements = policy.findall(f"{Q}elements/*")
        reference = policy.attrib.get("presentation")
        if not elements:
            assert reference is None, policy.attrib["name"]
            continue
        assert reference is not None, f"{policy.attrib['name']} has elements to show"
        presentation = presentations[reference.removeprefix("$(presentation.").rstrip(")")]
        controls = {c.attrib["refId"]: c.tag.removeprefix(Q) for c in presentation
                    if "refId" in c.attrib}
        for element in elements:
            kind = element.tag.removeprefix(Q)
            assert controls.get(element.attrib["id"]) in CONTROLS[kind], \
                f"{policy.attrib['name']}: no control for element {element.attrib['id']}"
        assert set(controls) == {e.attrib["id"] for e in elements}


def test_translations_say_the_same_things() -> None:
    """The same string ids everywhere, and the registry value names left untranslated in
    each help text (an administrator searches for them)."""
    tables = {lang: {s.attrib["id"]: s.text or "" for s in _adml(lang).findall(
        f"{Q}resources/{Q}stringTable/{Q}string")} for lang in ADML_LANGUAGES}
    ids = set(tables["en-US"])
    for lang, table in tables.items():
        assert set(table) == ids, lang
        for name in MANAGED_KEYS:
            assert f"{name} (REG_" in table[f"{name}_Help"], (lang, name)


def test_enrollment_code_help_warns_that_users_can_read_it() -> None:
    text = {s.attrib["id"]: s.text or "" for s in _adml("en-US").findall(
        f"{Q}resources/{Q}stringTable/{Q}string")}["EnrollmentCode_Help"]
    assert "read by every user" in text and "--uses" in text and "--expires-in" in text


def test_json_example_uses_known_keys_and_valid_values() -> None:
    data = json.loads((POLICY / "policy.json.example").read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data
    assert set(data) <= set(MANAGED_KEYS)
    for name, value in data.items():
        assert isinstance(value, bool) if name in FLAGS else isinstance(value, str), name
    settings = parse_settings(data)
    assert settings.problems == (), settings.problems
    assert settings.server_url == data["ServerUrl"]
