<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="123"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="123"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="123"/>
        <source>From where</source>
        <translation>Von wo</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="123"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="126"/>
        <source>The audit log is empty.</source>
        <translation>Das Prüfprotokoll ist leer.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="131"/>
        <source>Showing %1 of %2 entries</source>
        <translation>%1 von %2 Einträgen angezeigt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="133"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="134"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="138"/>
        <source>Server administrator (on the server)</source>
        <translation>Serveradministrator (auf dem Server)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="140"/>
        <source>%1… (token %2)</source>
        <translation>%1… (Token %2)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="141"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="146"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="220"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="223"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="221"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="222"/>
        <source>Load the log again (F5)</source>
        <translation>Protokoll neu laden (F5)</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="188"/>
        <source>Disable device ID</source>
        <translation>Geräte-ID deaktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="189"/>
        <source>Disable the device ID of this PC?</source>
        <translation>Geräte-ID dieses PCs deaktivieren?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="190"/>
        <source>This PC will no longer be accepted by the compliance server until an administrator enables it again.</source>
        <translation>Dieser PC wird vom Compliance-Server nicht mehr akzeptiert, bis ein Administrator ihn wieder aktiviert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="248"/>
        <source>Device registered</source>
        <translation>Gerät registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="249"/>
        <source>This PC is registered with the compliance server.</source>
        <translation>Dieser PC ist beim Compliance-Server registriert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="254"/>
        <source>Device ID disabled</source>
        <translation>Geräte-ID deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="255"/>
        <source>Device ID disabled. This PC is no longer accepted by the compliance server until an administrator enables it again.</source>
        <translation>Geräte-ID deaktiviert. Dieser PC wird vom Compliance-Server nicht mehr akzeptiert, bis ein Administrator ihn wieder aktiviert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="261"/>
        <source>Device ID enabled</source>
        <translation>Geräte-ID aktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="262"/>
        <source>Device ID enabled. The compliance server accepts this PC again.</source>
        <translation>Geräte-ID aktiviert. Der Compliance-Server akzeptiert diesen PC wieder.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="298"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="300"/>
        <source>The compliance server knows this PC by its device ID. If this PC is lost or handed on, disable its device ID so the server no longer accepts it.</source>
        <translation>Der Compliance-Server erkennt diesen PC an seiner Geräte-ID. Wenn der PC verloren geht oder weitergegeben wird, deaktivieren Sie seine Geräte-ID, damit der Server ihn nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="302"/>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="303"/>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="304"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="305"/>
        <source>Registered:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="306"/>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="307"/>
        <source>Disabled:</source>
        <translation>Deaktiviert:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="308"/>
        <source>On the compliance server</source>
        <translation>Auf dem Compliance-Server</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="309"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="310"/>
        <source>Copy the device ID</source>
        <translation>Geräte-ID kopieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="311"/>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="312"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="313"/>
        <source>Status on the server</source>
        <translation>Status auf dem Server</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="314"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="315"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="316"/>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="363"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="317"/>
        <source>Asking the server</source>
        <translation>Server wird abgefragt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="318"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="319"/>
        <source>&amp;Register this PC</source>
        <translation>Diesen PC &amp;registrieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="320"/>
        <source>&amp;Disable device ID…</source>
        <translation>Geräte-ID &amp;deaktivieren…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="321"/>
        <source>&amp;Enable device ID</source>
        <translation>Geräte-ID ak&amp;tivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="322"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="353"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="358"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="359"/>
        <source>Asking the server…</source>
        <translation>Server wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="361"/>
        <source>Not registered: the server does not know this PC yet.</source>
        <translation>Nicht registriert: Der Server kennt diesen PC noch nicht.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="362"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="134"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="136"/>
        <source>This is the new API key for %1. The old key no longer works. Copy the new key now and give it to the programs that use it.</source>
        <translation>Dies ist der neue API-Schlüssel für %1. Der alte Schlüssel funktioniert nicht mehr. Kopieren Sie den neuen Schlüssel jetzt und geben Sie ihn an die Programme weiter, die ihn verwenden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="139"/>
        <source>This is the API key for %1. Copy it now and keep it somewhere safe.</source>
        <translation>Dies ist der API-Schlüssel für %1. Kopieren Sie ihn jetzt und bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="142"/>
        <source>You won&apos;t see this key again.</source>
        <translation>Dieser Schlüssel wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="143"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="144"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="147"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="148"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="100"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="101"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="102"/>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="103"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="107"/>
        <source>Compliance Client</source>
        <translation>Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="110"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="112"/>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="113"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="114"/>
        <source>&amp;About Compliance Client</source>
        <translation>&amp;Info über Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="128"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="129"/>
        <source>No server set</source>
        <translation>Kein Server festgelegt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="132"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="136"/>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="137"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="138"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="139"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="160"/>
        <source>This PC could not be registered with the server yet; it will be tried again at the next start. %1</source>
        <translation>Dieser PC konnte noch nicht beim Server registriert werden; beim nächsten Start wird es erneut versucht. %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="179"/>
        <source>About Compliance Client</source>
        <translation>Info über Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="180"/>
        <source>Compliance Client %1</source>
        <translation>Compliance Client %1</translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <location filename="../../compliance_client/ui/paged_model.py" line="446"/>
        <location filename="../../compliance_client/ui/paged_model.py" line="447"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/paged_model.py" line="458"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/paged_model.py" line="467"/>
        <source>Could not load more: %1</source>
        <translation>Weitere Einträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/paged_model.py" line="473"/>
        <source>%1 — loading more…</source>
        <translation>%1 – weitere werden geladen…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../compliance_client/ui/paged_model.py" line="145"/>
        <source>Nothing to show.</source>
        <extracomment>Emitted whenever ``state``, ``error`` or the row count changes. column -&gt; the server&apos;s sort field for it; columns not listed are not sortable.</extracomment>
        <translation>Keine Einträge vorhanden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/paged_model.py" line="148"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="141"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="141"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="142"/>
        <source>Hide the token</source>
        <translation>Token ausblenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="143"/>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="274"/>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="275"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="276"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="277"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="278"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="279"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="280"/>
        <source>Rename this profile</source>
        <translation>Dieses Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="281"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="282"/>
        <source>Delete this profile</source>
        <translation>Dieses Profil löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="283"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="284"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="285"/>
        <source>For example: Work</source>
        <translation>Zum Beispiel: Arbeit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="286"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="287"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="288"/>
        <source>Server &amp;URL:</source>
        <translation>Server-U&amp;RL:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="289"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="291"/>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="292"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="294"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="696"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="295"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="296"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="297"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="298"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="313"/>
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="315"/>
        <source>A profile name is at most %1 characters.</source>
        <translation>Ein Profilname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="317"/>
        <source>A profile name cannot contain line breaks or control characters.</source>
        <translation>Ein Profilname darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="319"/>
        <source>This looks like an API token. Put the token in the token field and give the profile a name.</source>
        <translation>Das sieht wie ein API-Token aus. Fügen Sie das Token in das Tokenfeld ein, und geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="322"/>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="325"/>
        <source>Enter the server URL, for example https://compliance.example.com.</source>
        <translation>Geben Sie die Server-URL ein, zum Beispiel https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="326"/>
        <source>This server URL is too long.</source>
        <translation>Diese Server-URL ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="328"/>
        <source>This looks like an API token. Put the token in the token field, not in the server URL.</source>
        <translation>Das sieht wie ein API-Token aus. Fügen Sie das Token in das Tokenfeld ein, nicht in die Server-URL.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="330"/>
        <source>A server URL cannot contain spaces.</source>
        <translation>Eine Server-URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="332"/>
        <source>The server URL must start with https:// (or http:// for a server on this computer).</source>
        <translation>Die Server-URL muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="335"/>
        <source>Leave the user name and password out of the server URL; the API token is entered separately.</source>
        <translation>Lassen Sie Benutzername und Kennwort in der Server-URL weg; das API-Token wird separat eingegeben.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="338"/>
        <source>The server URL needs a host name, for example https://compliance.example.com.</source>
        <translation>Die Server-URL benötigt einen Hostnamen, zum Beispiel https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="341"/>
        <source>The port in the server URL must be a number from 1 to 65535.</source>
        <translation>Der Port in der Server-URL muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="343"/>
        <source>The server URL cannot hold a query (?…) or a fragment (#…).</source>
        <translation>Die Server-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="345"/>
        <source>Use https:// for a server on another computer: plain http:// would send the API token in clear. http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Verwenden Sie https:// für einen Server auf einem anderen Computer: Mit einfachem http:// würde das API-Token im Klartext gesendet. http:// ist nur für diesen Computer zulässig (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="348"/>
        <source>Enter an API token.</source>
        <translation>Geben Sie ein API-Token ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="350"/>
        <source>An API token starts with “cct_”.</source>
        <translation>Ein API-Token beginnt mit „cct_“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="352"/>
        <source>An API token is %1 characters long; check that you copied all of it.</source>
        <translation>Ein API-Token ist %1 Zeichen lang; prüfen Sie, ob Sie es vollständig kopiert haben.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="355"/>
        <source>An API token holds only letters and digits after “cct_”.</source>
        <translation>Ein API-Token enthält nach „cct_“ nur Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="357"/>
        <source>This API token is mistyped: its checksum does not match. Copy it again.</source>
        <translation>Dieses API-Token ist fehlerhaft: Die Prüfsumme stimmt nicht. Kopieren Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="365"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="424"/>
        <source>(new profile)</source>
        <translation>(neues Profil)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="371"/>
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="373"/>
        <source>A token is stored</source>
        <translation>Ein Token ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="375"/>
        <source>Paste the API token (cct_…)</source>
        <translation>API-Token einfügen (cct_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="378"/>
        <source>Leave the field empty to keep the stored token, or paste a new one to replace it.</source>
        <translation>Lassen Sie das Feld leer, um das gespeicherte Token zu behalten, oder fügen Sie zum Ersetzen ein neues ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="425"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="426"/>
        <source>Discard your changes to the profile “%1”?</source>
        <translation>Ihre Änderungen am Profil „%1“ verwerfen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="583"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="809"/>
        <source>The profile was not saved. Fix the marked fields, then save again.</source>
        <translation>Das Profil wurde nicht gespeichert. Korrigieren Sie die markierten Felder, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="585"/>
        <source>The profile was not saved. Fix the marked field, then save again.</source>
        <translation>Das Profil wurde nicht gespeichert. Korrigieren Sie das markierte Feld, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="605"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="606"/>
        <source>New name for the profile “%1”:</source>
        <translation>Neuer Name für das Profil „%1“:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="619"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="620"/>
        <source>Delete the profile “%1”?</source>
        <translation>Profil „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="621"/>
        <source>Its settings and its stored API token are removed from this PC. The token itself stays valid on the server.</source>
        <translation>Seine Einstellungen und sein gespeichertes API-Token werden von diesem PC entfernt. Das Token selbst bleibt auf dem Server gültig.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="642"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="647"/>
        <source>Profile deleted</source>
        <translation>Profil gelöscht</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="643"/>
        <source>The profile “%1” is deleted, but its API token could not be removed from the system keyring.</source>
        <translation>Das Profil „%1“ wurde gelöscht, aber sein API-Token konnte nicht aus dem Systemschlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="648"/>
        <source>The profile “%1” is deleted.</source>
        <translation>Das Profil „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="696"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="718"/>
        <source>Connected. Organization: %1 (%2).</source>
        <translation>Verbunden. Organisation: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="721"/>
        <source>The token never expires.</source>
        <translation>Das Token läuft nie ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="725"/>
        <source>The token expires on %1.</source>
        <translation>Das Token läuft am %1 ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="727"/>
        <source>It may call %1 of %2 endpoints: %3.</source>
        <translation>Es darf %1 von %2 Endpunkten aufrufen: %3.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="728"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="788"/>
        <source>Profile saved without its token</source>
        <translation>Profil ohne Token gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="789"/>
        <source>Your profile is saved, but its API token could not be stored in the system keyring.</source>
        <translation>Ihr Profil wurde gespeichert, aber sein API-Token konnte nicht im Systemschlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="792"/>
        <source>The token is still in the dialog: fix the keyring, then press Save again. Until then this PC cannot connect with this profile.</source>
        <translation>Das Token ist noch im Dialogfeld: Beheben Sie das Problem mit dem Schlüsselbund, und klicken Sie dann erneut auf „Speichern“. Bis dahin kann dieser PC mit diesem Profil keine Verbindung herstellen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="796"/>
        <source>Profile saved</source>
        <translation>Profil gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="796"/>
        <source>Your profile is saved.</source>
        <translation>Ihr Profil wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="813"/>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="813"/>
        <source>Your profile could not be saved.</source>
        <translation>Ihr Profil konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="163"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="165"/>
        <source>No profile is set up yet. Set up your profile with the server URL and the API token your administrator gave you, so this PC can reach the compliance server.</source>
        <translation>Es ist noch kein Profil eingerichtet. Richten Sie Ihr Profil mit der Server-URL und dem API-Token ein, das Sie von Ihrem Administrator erhalten haben, damit dieser PC den Compliance-Server erreichen kann.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="167"/>
        <source>&amp;Set up profile…</source>
        <translation>Profil &amp;einrichten…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="168"/>
        <source>Set up profile</source>
        <translation>Profil einrichten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="169"/>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="170"/>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="172"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="172"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="172"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="173"/>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="173"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="173"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="176"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="177"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="178"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="179"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="180"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="181"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="232"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="235"/>
        <source>Could not be read from the system keyring</source>
        <translation>Konnte nicht aus dem Systemschlüsselbund gelesen werden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="237"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="239"/>
        <source>Stored in the system keyring</source>
        <translation>Im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="241"/>
        <source>Not stored: enter it in the profile</source>
        <translation>Nicht gespeichert: im Profil eingeben</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="245"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="246"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="707"/>
        <source>Edit API token</source>
        <translation>API-Token bearbeiten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="707"/>
        <source>Add API token</source>
        <translation>API-Token hinzufügen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="709"/>
        <source>Organization &amp;name:</source>
        <translation>Organisations&amp;name:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="710"/>
        <source>Organization &amp;ID:</source>
        <translation>Organisations-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="711"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="712"/>
        <source>&amp;Allowed endpoints:</source>
        <translation>&amp;Erlaubte Endpunkte:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="713"/>
        <source>&amp;Blocked endpoints:</source>
        <translation>&amp;Gesperrte Endpunkte:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="714"/>
        <source>Allowed I&amp;Ps:</source>
        <translation>Erlaubte I&amp;Ps:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="715"/>
        <source>Blocked IPs:</source>
        <translation>Gesperrte IPs:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="716"/>
        <source>E&amp;xpires on:</source>
        <translation>Ablauf&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="720"/>
        <source>e.g. Acme Corporation</source>
        <translation>z. B. Acme Corporation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="721"/>
        <source>e.g. acme-corp</source>
        <translation>z. B. acme-corp</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="722"/>
        <source>All endpoints (no allowed list)</source>
        <translation>Alle Endpunkte (keine Zulassungsliste)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="723"/>
        <source>None blocked</source>
        <translation>Keine gesperrt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="727"/>
        <source>Any address. One address or network per line, e.g. 10.0.0.0/8</source>
        <translation>Jede Adresse. Eine Adresse oder ein Netz pro Zeile, z. B. 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="728"/>
        <source>None blocked. One entry per line</source>
        <translation>Keine gesperrt. Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="729"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="730"/>
        <source>A token that never expires keeps working until someone deletes it. Prefer an expire date.</source>
        <translation>Ein Token ohne Ablaufdatum funktioniert, bis es gelöscht wird. Legen Sie besser ein Ablaufdatum fest.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="732"/>
        <source>&amp;Regenerate key…</source>
        <translation>Schlüssel ne&amp;u generieren…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="733"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="734"/>
        <source>Use the server&apos;s values</source>
        <translation>Werte des Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="735"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="736"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="737"/>
        <source>The token stops working at the end of this day, in your time zone.</source>
        <translation>Das Token funktioniert ab dem Ende dieses Tages (in Ihrer Zeitzone) nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="796"/>
        <source>Only the start of the key is kept; the whole key was shown once, when it was issued.</source>
        <translation>Nur der Anfang des Schlüssels wird gespeichert; der vollständige Schlüssel wurde einmalig bei der Ausstellung angezeigt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="848"/>
        <source>This token may call every endpoint from any address.</source>
        <translation>Dieses Token darf jeden Endpunkt von jeder Adresse aus aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="850"/>
        <source>any address</source>
        <translation>jeder Adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="852"/>
        <source>May call every endpoint from %1 except %2.</source>
        <translation>Darf jeden Endpunkt von %1 aus aufrufen, außer von %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="855"/>
        <source>May call every endpoint from %1.</source>
        <translation>Darf jeden Endpunkt von %1 aus aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="857"/>
        <source>May call %1 of %2 endpoints from %3 except %4.</source>
        <translation>Darf %1 von %2 Endpunkten von %3 aus aufrufen, außer von %4.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="860"/>
        <source>May call %1 of %2 endpoints from %3.</source>
        <translation>Darf %1 von %2 Endpunkten von %3 aus aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="863"/>
        <source>Never expires.</source>
        <translation>Läuft nie ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="865"/>
        <source>Expires %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="871"/>
        <source>%1 is in both the allowed and the blocked endpoints; remove it from one.</source>
        <translation>%1 steht bei den erlaubten und den gesperrten Endpunkten; entfernen Sie den Eintrag aus einer Liste.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="875"/>
        <source>%1 is in both the allowed and the blocked IPs; remove it from one.</source>
        <translation>%1 steht bei den erlaubten und den gesperrten IPs; entfernen Sie den Eintrag aus einer Liste.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="878"/>
        <source>The blocked IPs cover every allowed address, so this token cannot be used from anywhere.</source>
        <translation>Die gesperrten IPs umfassen jede erlaubte Adresse; dieses Token kann daher von nirgendwo verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="881"/>
        <source>This token may call no endpoint except checking itself.</source>
        <translation>Dieses Token darf keinen Endpunkt aufrufen, außer sich selbst zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="884"/>
        <source>It is unrestricted: consider limiting its endpoints or addresses.</source>
        <translation>Es ist nicht eingeschränkt: Beschränken Sie ggf. seine Endpunkte oder Adressen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="890"/>
        <source>This reaches further than your own token; the server will refuse it.</source>
        <translation>Dies reicht weiter als Ihr eigenes Token; der Server wird es ablehnen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="1013"/>
        <source>API token added successfully</source>
        <translation>API-Token erfolgreich hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="1023"/>
        <source>API key with id %1 is updated successfully</source>
        <translation>API-Schlüssel mit ID %1 erfolgreich aktualisiert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="1042"/>
        <source>This token was changed by someone else. The server&apos;s current values are shown under each field that differs from yours. Save again to replace them with yours, or use the server&apos;s values.</source>
        <translation>Dieses Token wurde von jemand anderem geändert. Die aktuellen Werte des Servers stehen unter jedem Feld, das von Ihrer Eingabe abweicht. Speichern Sie erneut, um sie durch Ihre Werte zu ersetzen, oder übernehmen Sie die Werte des Servers.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="1046"/>
        <source>This token was changed by someone else. Nothing was saved; what you typed is kept. Reload to see the current values.</source>
        <translation>Dieses Token wurde von jemand anderem geändert. Es wurde nichts gespeichert; Ihre Eingaben bleiben erhalten. Laden Sie neu, um die aktuellen Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="1077"/>
        <source>On the server: %1</source>
        <translation>Auf dem Server: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="1097"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog.py" line="1099"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="122"/>
        <source>Organization name</source>
        <extracomment>Role under which ``data()`` hands out the row&apos;s ``Token`` itself.</extracomment>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="123"/>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="124"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="125"/>
        <source>Allowed endpoints</source>
        <translation>Erlaubte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="126"/>
        <source>Blocked endpoints</source>
        <translation>Gesperrte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="127"/>
        <source>Allowed IPs</source>
        <translation>Erlaubte IPs</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="128"/>
        <source>Blocked IPs</source>
        <translation>Gesperrte IPs</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="129"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="130"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="135"/>
        <source>No tokens match “%1”.</source>
        <translation>Keine Token entsprechen „%1“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="136"/>
        <source>No tokens yet — click Add token.</source>
        <translation>Noch keine Token – klicken Sie auf „Token hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="141"/>
        <source>Showing %1 of %2 tokens</source>
        <translation>%1 von %2 Token angezeigt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="143"/>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_model.py" line="144"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="177"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="178"/>
        <source>Any address</source>
        <translation>Jede Adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="179"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="184"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="186"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="196"/>
        <source>No allowed list: every endpoint not blocked may be called.</source>
        <translation>Keine Zulassungsliste: Jeder nicht gesperrte Endpunkt darf aufgerufen werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="198"/>
        <source>No allowed list: every address not blocked may use this token.</source>
        <translation>Keine Zulassungsliste: Jede nicht gesperrte Adresse darf dieses Token verwenden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="200"/>
        <source>Nothing is blocked.</source>
        <translation>Nichts ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="203"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_model.py" line="206"/>
        <source>Only the start of the key is kept; the whole key was shown once.</source>
        <translation>Nur der Anfang des Schlüssels wird gespeichert; der vollständige Schlüssel wurde einmalig angezeigt.</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="160"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="173"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="331"/>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="161"/>
        <source>&amp;Add token</source>
        <translation>Token &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="162"/>
        <source>Add an API token (Ctrl+N)</source>
        <translation>API-Token hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="163"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="164"/>
        <source>Edit the selected token (Enter)</source>
        <translation>Ausgewähltes Token bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="165"/>
        <source>&amp;Regenerate key…</source>
        <translation>Schlüssel ne&amp;u generieren…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="166"/>
        <source>Issue a new key for the selected token</source>
        <translation>Neuen Schlüssel für das ausgewählte Token ausstellen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="167"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="168"/>
        <source>Delete the selected token (Del)</source>
        <translation>Ausgewähltes Token löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="169"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="170"/>
        <source>Load the list again (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="171"/>
        <source>Search organization, ID or key…</source>
        <translation>Organisation, ID oder Schlüssel suchen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="172"/>
        <source>Search tokens</source>
        <translation>Token suchen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="311"/>
        <source>Delete the API token of %1 (key %2…)?</source>
        <translation>API-Token von %1 (Schlüssel %2…) löschen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="313"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="325"/>
        <source>Delete API token</source>
        <translation>API-Token löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="314"/>
        <source>Programs that use this key stop working at once. This cannot be undone.</source>
        <translation>Programme, die diesen Schlüssel verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="325"/>
        <source>API token deleted</source>
        <translation>API-Token gelöscht</translation>
    </message>
</context>
</TS>
