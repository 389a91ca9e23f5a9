"""The installer's inputs: icons, the PyInstaller spec, the Inno Setup script, the version
plumbing and the uninstaller's purge helper.

Freezing the app takes minutes, so that is `make installer`'s job (and CI's); these tests
check, in well under a second, the things a broken build would otherwise reveal only on a
Windows machine: an .ico missing a size, a path the spec or the .iss names that does not
exist, a message the uninstaller shows that has no translation, a hard-coded version.
"""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
import uuid
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import pytest

from compliance_client.profile import Profile, ProfileSet, ProfileStore, Vault
from compliance_client.profile.paths import config_dir, data_dir

from ..helpers.keyring_fakes import StubbornKeyring

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
SPEC = INSTALLER / "compliance-client.spec"
ISS = INSTALLER / "compliance-client.iss"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _load(path: Path) -> ModuleType:
    """Import a script that is not part of the package (installer/, tools/)."""
    name = f"_installer_test_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _ico_entries(data: bytes) -> dict[int, bytes]:
    """Parse an .ico independently of tools/render_icons.py: {size: image bytes}."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries: dict[int, bytes] = {}
    for i in range(count):
        w, h, colors, _res, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        size = w or 256
        assert (h or 256) == size and colors == 0 and planes == 1 and bits == 32
        assert offset + length <= len(data), f"{size} px entry runs past the end"
        entries[size] = data[offset:offset + length]
    return entries


# --- icons ----------------------------------------------------------------------------------


def test_ico_holds_every_size_as_a_valid_image() -> None:
    entries = _ico_entries((ICONS / "app.ico").read_bytes())
    assert sorted(entries) == list(SIZES)
    for size, blob in entries.items():
        if blob.startswith(PNG_SIGNATURE):
            assert _png_size(blob) == (size, size)
            assert size == 256, "small sizes are stored as DIBs for old Windows code paths"
        else:
            header_len, w, h, planes, bits = struct.unpack_from("<IiiHH", blob, 0)
            assert (header_len, w, h, planes, bits) == (40, size, 2 * size, 1, 32)
            mask_stride = ((size + 31) // 32) * 4
            assert len(blob) == 40 + size * size * 4 + mask_stride * size


def test_pngs_exist_at_their_sizes() -> None:
    for size in SIZES:
        assert _png_size((ICONS / f"app-{size}.png").read_bytes()) == (size, size)


def test_rendered_icons_match_the_svg(qapp) -> None:
    """The committed PNGs come from the SVGs as they are now (re-run the renderer after
    editing one). A small tolerance absorbs antialiasing differences between Qt versions."""
    from PySide6.QtGui import QImage

    render_icons = _load(ROOT / "tools" / "render_icons.py")
    for size, svg in ((16, "app-small.svg"), (256, "app.svg")):
        fresh = render_icons.render(ICONS / svg, size)
        stored = QImage(str(ICONS / f"app-{size}.png")).convertToFormat(fresh.format())
        off = sum(
            1 for y in range(size) for x in range(size)
            if max(abs(((fresh.pixel(x, y) >> s) & 255) - ((stored.pixel(x, y) >> s) & 255))
                   for s in (0, 8, 16, 24)) > 24)
        assert off <= size * size // 100, f"app-{size}.png is out of date with {svg}"


def test_dib_entry_is_bottom_up_bgra_with_a_mask(qapp) -> None:
    from PySide6.QtGui import QColor, QImage

    render_icons = _load(ROOT / "tools" / "render_icons.py")
    image = QImage(2, 2, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    image.setPixelColor(0, 0, QColor(10, 20, 30, 255))  # top-left, opaque
    blob = render_icons.dib_bytes(image)
    pixels = blob[40:40 + 16]
    # Rows bottom-up: the top row comes second; the opaque pixel is its first, as B, G, R, A.
    assert pixels[8:12] == bytes([30, 20, 10, 255])
    assert pixels[0:8] == bytes(8)
    mask = blob[40 + 16:]
    assert len(mask) == 8  # two rows of 4 bytes (32-bit aligned)
    assert mask[0] == 0b1100_0000  # bottom row: both transparent
    assert mask[4] == 0b0100_0000  # top row: only the second pixel transparent
    ico = render_icons.ico_bytes({2: blob, 256: PNG_SIGNATURE + b"rest"})
    assert _ico_entries(ico) == {2: blob, 256: PNG_SIGNATURE + b"rest"}


# --- the PyInstaller spec -------------------------------------------------------------------


def test_spec_names_only_files_that_exist() -> None:
    text = SPEC.read_text(encoding="utf-8")
    bases = {"INSTALLER": INSTALLER, "RESOURCES": ROOT / "resources", "ROOT": ROOT}
    found = re.findall(r'\b(INSTALLER|RESOURCES|ROOT)((?:\s*/\s*"[^"]+")+)', text)
    assert len(found) >= 5
    for base, parts in found:
        path = bases[base].joinpath(*re.findall(r'"([^"]+)"', parts))
        assert path.exists(), f"the spec names {path}, which does not exist"
    for script in ("entry.py", "purge_user_data.py", "winversion.py"):
        assert script in text or script.removesuffix(".py") in text


def test_spec_bundles_resources_where_the_frozen_app_looks() -> None:
    """ui/resources.py reads sys._MEIPASS/resources; the migrations must be files."""
    text = SPEC.read_text(encoding="utf-8")
    assert '"resources"' in text and '"resources/translations"' in text
    assert 'collect_data_files("compliance_client.server.migrations", include_py_files=True)' \
        in text
    assert 'copy_metadata("compliance-client")' in text  # else __version__ is 0.0.0
    for unwanted in ("WebEngineCore", "Quick", "Qml", "3DCore", "Multimedia"):
        assert f'"{unwanted}"' in text, f"Qt{unwanted} is not excluded"


def test_no_version_number_is_written_into_the_build_files() -> None:
    """The release number lives in pyproject.toml only; the build reads the metadata."""
    current = version("compliance-client")
    for path in (SPEC, ISS, INSTALLER / "build.sh", INSTALLER / "build.ps1"):
        text = path.read_text(encoding="utf-8")
        assert current not in text, f"{path.name} hard-codes {current}"
    iss = ISS.read_text(encoding="utf-8")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.M)
    assert "#error" in iss.split("[Setup]")[0], "a build without /DAppVersion must fail"
    for script in ("build.sh", "build.ps1"):
        text = (INSTALLER / script).read_text(encoding="utf-8")
        assert "winversion.py" in text and "/DAppVersion=" in text


def test_version_comes_from_the_package_metadata() -> None:
    import compliance_client

    winversion = _load(INSTALLER / "winversion.py")
    assert winversion.package_version() == version("compliance-client") \
        == compliance_client.__version__


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)),
    ("1.2", (1, 2, 0, 0)),
    ("2.3.4.5", (2, 3, 4, 5)),
    ("1.4.0rc1", (1, 4, 0, 0)),
    ("1.4.0.dev3+g1a2b", (1, 4, 0, 0)),
])
def test_windows_version_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert _load(INSTALLER / "winversion.py").windows_version_tuple(text) == numbers


@pytest.mark.parametrize("text", ["1.2.3.4.5", "70000.1", "banana"])
def test_versions_windows_cannot_hold_are_refused(text: str) -> None:
    winversion = _load(INSTALLER / "winversion.py")
    with pytest.raises(winversion.VersionError):
        winversion.windows_version_tuple(text)


def _eval_version_text(text: str) -> dict:
    """Evaluate the version-resource text as PyInstaller does (``eval``), with stand-ins
    for its classes: {class name: [(args, kwargs), ...]}."""
    seen: dict[str, list] = {}

    def recorder(name: str):
        def record(*args, **kwargs):
            seen.setdefault(name, []).append((args, kwargs))
            return name
        return record

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct")
    eval(text, {"__builtins__": {}}, {n: recorder(n) for n in names})
    return seen


def test_windows_version_resource_carries_the_version(tmp_path: Path) -> None:
    winversion = _load(INSTALLER / "winversion.py")
    path = winversion.write_version_file("1.4.0rc1", tmp_path, "compliance-client-cli.exe")
    seen = _eval_version_text(Path(path).read_text(encoding="utf-8"))
    (_, ffi), = seen["FixedFileInfo"]
    assert ffi["filevers"] == ffi["prodvers"] == (1, 4, 0, 0)
    strings = dict(args for args, _ in seen["StringStruct"])
    assert strings["ProductVersion"] == "1.4.0rc1"
    assert strings["FileVersion"] == "1.4.0.0"
    assert strings["OriginalFilename"] == "compliance-client-cli.exe"
    assert strings["InternalName"] == "compliance-client-cli"
    assert len(seen["VSVersionInfo"]) == 1


@pytest.mark.skipif(sys.platform != "win32",
                    reason="PyInstaller's versioninfo needs pefile and win32api: Windows only")
def test_windows_version_resource_loads_in_pyinstaller(tmp_path: Path) -> None:
    """On Windows, where the resource is used, PyInstaller itself reads it."""
    pytest.importorskip("PyInstaller", reason="needs the installer extra (PyInstaller)")
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    winversion = _load(INSTALLER / "winversion.py")
    info = load_version_info_from_text_file(
        winversion.write_version_file("2.0.1", tmp_path, "compliance-client.exe"))
    assert "filevers=(2, 0, 1, 0)" in str(info)


# --- the Inno Setup script ------------------------------------------------------------------


def _iss_setup() -> dict[str, str]:
    section = ISS.read_text(encoding="utf-8").split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(line.split("=", 1) for line in section.splitlines()
                if "=" in line and not line.lstrip().startswith(";"))


def _iss_section(name: str) -> str:
    return ISS.read_text(encoding="utf-8").split(f"\n[{name}]", 1)[1].split("\n[", 1)[0]


def test_iss_installs_per_user_and_upgrades_in_place() -> None:
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"  # per user unless /ALLUSERS or the dialog
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"commandline", "dialog"}
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    app_id = setup["AppId"]
    assert app_id.startswith("{{") and app_id.endswith("}")
    uuid.UUID(app_id[2:-1])  # a fixed GUID, not a preprocessor variable
    assert setup["CloseApplications"] == "yes"
    assert "*.pyd" in setup["CloseApplicationsFilter"]


def test_iss_names_files_that_exist_and_the_spec_builds() -> None:
    text = ISS.read_text(encoding="utf-8")
    icon = _iss_setup()["SetupIconFile"]
    assert (INSTALLER / icon.replace("\\", "/")).resolve().is_file()
    defines = dict(re.findall(r'^#define (\w+Exe) "([^"]+)"', text, re.M))
    spec = SPEC.read_text(encoding="utf-8")
    built = {f"{name}.exe" for name in re.findall(r'_exe\("([^"]+)"', spec)}
    assert set(defines.values()) <= built, f"the .iss runs {defines}, the spec builds {built}"
    assert "Flags: unchecked" in text.split("[Tasks]", 1)[1].split("\n[", 1)[0]


def test_iss_is_utf8_with_bom() -> None:
    """ISCC reads a script without a BOM in the ANSI code page: "für" would become "fÃ¼r"."""
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert any(b > 127 for b in raw[3:]), "no non-ASCII text: then the BOM check is moot"


def test_iss_messages_exist_in_every_language() -> None:
    text = ISS.read_text(encoding="utf-8")
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile:', text, re.M)
    assert languages == ["en", "de", "fr"]
    defined = set(re.findall(r"^(\w+\.\w+)=", text, re.M))
    used = set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    used |= set(re.findall(r"\{cm:(\w+)", text)) - {"CreateDesktopIcon", "AdditionalIcons",
                                                     "LaunchProgram"}
    assert used, "no custom messages found: the pattern is wrong"
    missing = sorted(f"{lang}.{m}" for m in used for lang in languages
                     if f"{lang}.{m}" not in defined)
    assert not missing


def test_iss_places_depend_on_the_install_mode() -> None:
    """Per user and per machine from one script: only the auto constants, never a fixed
    user or common place, so /ALLUSERS and /CURRENTUSER both put everything right."""
    text = ISS.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.split("[Setup]", 1)[1].splitlines()
                     if not line.lstrip().startswith((";", "{")))  # not the comments
    for fixed in ("{userpf}", "{commonpf}", "{userprograms}", "{commonprograms}",
                  "{userdesktop}", "{commondesktop}"):
        assert fixed not in body, fixed
    for line in _iss_section("Registry").splitlines():
        if line.startswith("Root:"):
            assert line.startswith("Root: HKA;"), line
    for line in _iss_section("Icons").splitlines():
        if line.startswith("Name:"):
            assert line.startswith(('Name: "{autoprograms}', 'Name: "{autodesktop}')), line


def test_iss_autostart_task_writes_the_run_value_the_app_uses() -> None:
    """The contract with the app's own "Start when I sign in" option: the same value name
    under ...\\Run, the quoted program and --autostart, removed on uninstall."""
    tasks = _iss_section("Tasks")
    assert re.search(r'^Name: "autostart";.*Flags: unchecked', tasks, re.M)
    entries = [line for line in _iss_section("Registry").splitlines()
               if line.startswith("Root:")]
    run = [e for e in entries if "Tasks: autostart" in e]
    assert len(run) == 1
    (entry,) = run
    assert r'Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"' in entry
    assert 'ValueName: "{#AppName}"' in entry and '#define AppName "Compliance Client"' \
        in ISS.read_text(encoding="utf-8")
    assert 'ValueData: """{app}\\{#AppExe}"" --autostart"' in entry
    assert "ValueType: string" in entry and "uninsdeletevalue" in entry
    # and the value is removed on uninstall even when the app, not the task, wrote it
    assert any("ValueType: none" in e and "uninsdeletevalue" in e and "Tasks:" not in e
               for e in entries)


def test_iss_compiles_on_every_inno_setup_it_claims() -> None:
    """CreateCustomForm changed its parameters in Inno Setup 6.6; the .iss claims 6.3+."""
    code = ISS.read_text(encoding="utf-8").split("[Code]", 1)[1]
    calls = re.findall(r"CreateCustomForm\b[^;]*;", code)
    assert len(calls) == 2
    branch = code.split("#if Ver >= EncodeVer(6, 6, 0)", 1)[1].split("#endif", 1)[0]
    new_api, old_api = branch.split("#else")
    assert "CreateCustomForm(" in new_api
    assert "CreateCustomForm;" in old_api and "Form.KeepSizeY := True;" in old_api


def test_uninstaller_runs_nothing_as_the_original_user() -> None:
    """Inno Setup raises "not supported at uninstall time" for ExecAsOriginalUser: in the
    uninstaller, [Code] uses Exec/ExecAndLogOutput as the account that runs it."""
    code = ISS.read_text(encoding="utf-8").split("[Code]", 1)[1]
    calls = re.findall(r"\b(\w*Exec\w*)\(", code)
    assert calls and not [c for c in calls if "OriginalUser" in c]


def test_uninstaller_disables_the_device_with_the_cli() -> None:
    from compliance_client.cli.common import USAGE, CliError, UsageError

    text = ISS.read_text(encoding="utf-8")
    assert "HasParam('/DISABLEDEVICE')" in text and "HasParam('/PURGE')" in text
    assert "'device disable --yes'" in text and "{app}\\{#CliExe}" in text
    assert '#define CliExe "compliance-client-cli.exe"' in text
    # The exit statuses it tells apart are the CLI's (README: 0 done, 1 refused, 2 usage).
    assert "CliOk = 0;" in text
    assert f"CliFailed = {CliError('x').status};" in text
    assert f"CliUsage = {UsageError('x', prog='p', usage='u').status};" in text
    assert UsageError("x", prog="p", usage="u").code == USAGE
    # It runs before anything is removed, and the box starts unticked.
    init = text.split("function InitializeUninstall", 1)[1].split("\nend;", 1)[0]
    assert "DisableDeviceNow()" in init
    ask = text.split("function AskBeforeUninstall", 1)[1].split("\nend;", 1)[0]
    assert "DeviceCheck.Checked" in ask
    assert "Result.Checked := False;" in text.split("function AddCheck", 1)[1]


def test_iss_and_purge_helper_agree_on_exit_statuses() -> None:
    purge = _load(INSTALLER / "purge_user_data.py")
    text = ISS.read_text(encoding="utf-8")
    assert f"PurgeOk = {purge.EXIT_OK};" in text
    assert f"PurgeKeyringLeft = {purge.EXIT_KEYRING_LEFT};" in text
    assert f"PurgeFilesLeft = {purge.EXIT_FILES_LEFT};" in text


# --- the purge helper the uninstaller runs --------------------------------------------------


def _save_profiles(*names: str) -> None:
    profiles = ProfileSet()
    for name in names:
        profiles = profiles.with_profile(Profile(name=name), activate=True)
    ProfileStore().save(profiles)


def test_purge_removes_tokens_and_the_app_dirs_only(user_dirs, memory_keyring) -> None:
    purge = _load(INSTALLER / "purge_user_data.py")
    from compliance_client.cli.app_cmds import DEMO_PROFILE

    assert purge.DEMO_PROFILE == DEMO_PROFILE
    _save_profiles("Alice", "Büro")
    # A file the app moved aside still names a profile whose token is in the keyring.
    (config_dir() / "profiles.json.corrupt-20250101-000000").write_text(
        '{"version": 99, "profiles": [{"name": "Old"}, {"name": "ALICE"}]}', encoding="utf-8")
    (config_dir() / "profiles.json.corrupt-20250102-000000").write_text(
        '{"version": 1, "profiles": [{"na', encoding="utf-8")  # truly broken: skipped
    vault = Vault()
    for name in ("Alice", "Büro", "Old", DEMO_PROFILE):
        vault.set_token(name, f"token-of-{name}")
    memory_keyring.passwords[("other-app", "alice")] = "not ours"
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "demo.db").write_bytes(b"sqlite")
    import platformdirs

    log_dir = Path(platformdirs.user_log_dir("compliance-client", appauthor=False))
    log_dir.mkdir(parents=True)
    (log_dir / "compliance-client.log").write_text("started\n", encoding="utf-8")
    neighbour = data_dir().parent / "someone-else"
    neighbour.mkdir()

    result = purge.purge()

    assert result.exit_status == purge.EXIT_OK
    assert sorted(n.casefold() for n in result.tokens_removed) == \
        sorted(["alice", "büro", "old", "demo"])
    assert memory_keyring.passwords == {("other-app", "alice"): "not ours"}
    assert not config_dir().exists() and not data_dir().exists()
    assert not log_dir.exists() and not log_dir.parent.exists()  # .../compliance-client/log
    assert log_dir.parent.parent.is_dir()  # the XDG state home itself stays
    assert neighbour.is_dir()


def test_purge_reports_tokens_the_keyring_keeps(user_dirs, install_keyring) -> None:
    purge = _load(INSTALLER / "purge_user_data.py")
    keyring = install_keyring(StubbornKeyring())
    _save_profiles("Alice")
    Vault().set_token("Alice", "cct_not-a-real-key-but-secret")

    result = purge.purge()

    assert [name for name, _ in result.tokens_left] == ["Alice"]
    assert "cct_" not in " ".join(why for _, why in result.tokens_left)
    assert keyring.passwords[("compliance-client", "alice")] == "cct_not-a-real-key-but-secret"
    assert result.exit_status == purge.EXIT_KEYRING_LEFT
    assert not config_dir().exists()  # the user asked for the files to go; they went


def test_purge_needs_yes(user_dirs, memory_keyring, capsys) -> None:
    purge = _load(INSTALLER / "purge_user_data.py")
    _save_profiles("Alice")
    Vault().set_token("Alice", "token")
    assert purge.main([]) == purge.EXIT_USAGE
    assert Vault().get_token("Alice") == "token" and config_dir().exists()
    assert purge.main(["--yes"]) == purge.EXIT_OK
    assert Vault().get_token("Alice") is None
    assert "removed keyring entry of profile 'Alice'" in capsys.readouterr().out
