<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="142"/>
        <source>About Compliance Client</source>
        <translation>Info über Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="144"/>
        <source>Compliance Client %1</source>
        <translation>Compliance Client %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="146"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="147"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="148"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="149"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="150"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="151"/>
        <source>Settings folder</source>
        <translation>Einstellungsordner</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="152"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="153"/>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="157"/>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="160"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="175"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="68"/>
        <source>name</source>
        <extracomment>Wait this long after the last key in the token field before asking the server. Entries per request of an export (the server&apos;s largest page).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="69"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="70"/>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="71"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="72"/>
        <source>old key works until</source>
        <translation>alter Schlüssel gültig bis</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="73"/>
        <source>grace period</source>
        <translation>Übergangsfrist</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="74"/>
        <source>created by</source>
        <translation>erstellt von</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="75"/>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="76"/>
        <source>maximum lifetime (days)</source>
        <translation>maximale Gültigkeitsdauer (Tage)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="77"/>
        <source>expire date required</source>
        <translation>Ablaufdatum erforderlich</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="78"/>
        <source>IP restriction required</source>
        <translation>IP-Einschränkung erforderlich</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="79"/>
        <source>default lifetime (days)</source>
        <translation>Standard-Gültigkeitsdauer (Tage)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="80"/>
        <source>warning before expiry (days)</source>
        <translation>Warnung vor Ablauf (Tage)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="81"/>
        <source>organization name</source>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="82"/>
        <source>organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="83"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="84"/>
        <source>allowed endpoints</source>
        <translation>erlaubte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="85"/>
        <source>blocked endpoints</source>
        <translation>gesperrte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="86"/>
        <source>allowed IPs</source>
        <translation>erlaubte IPs</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="87"/>
        <source>blocked IPs</source>
        <translation>gesperrte IPs</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="88"/>
        <source>expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="89"/>
        <source>scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="90"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="91"/>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="92"/>
        <source>profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="99"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="100"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="101"/>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="102"/>
        <source>by an administrator</source>
        <translation>durch einen Administrator</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="103"/>
        <source>key reported as leaked</source>
        <translation>Schlüssel als kompromittiert gemeldet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="104"/>
        <source>all organizations</source>
        <translation>alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="105"/>
        <source>own organization</source>
        <translation>eigene Organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="110"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="122"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="125"/>
        <source> +%1 more</source>
        <translation> +%1 weitere</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="148"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="163"/>
        <source>Added API token %1</source>
        <translation>API-Token %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="164"/>
        <source>Changed API token %1</source>
        <translation>API-Token %1 geändert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="165"/>
        <source>Regenerated the key of API token %1</source>
        <translation>Schlüssel von API-Token %1 neu generiert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="166"/>
        <source>Deleted API token %1</source>
        <translation>API-Token %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="167"/>
        <source>Registered device %1</source>
        <translation>Gerät %1 registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="168"/>
        <source>Disabled device %1</source>
        <translation>Gerät %1 deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="169"/>
        <source>Enabled device %1</source>
        <translation>Gerät %1 aktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="170"/>
        <source>Suspended API token %1</source>
        <translation>API-Token %1 ausgesetzt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="171"/>
        <source>Resumed API token %1</source>
        <translation>API-Token %1 reaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="172"/>
        <source>API token %1 rotated its own key</source>
        <translation>API-Token %1 hat den eigenen Schlüssel gewechselt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="173"/>
        <source>Suspended API token %1 after a leaked-key report</source>
        <translation>API-Token %1 nach Meldung eines kompromittierten Schlüssels ausgesetzt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="175"/>
        <source>Changed the token policy</source>
        <translation>Tokenrichtlinie geändert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>When</source>
        <extracomment>What the server is asked for. Frozen: a worker reads it while the GUI thread may put a new one here, and a change reloads, so an answer for the old one is dropped.</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>From where</source>
        <translation>Von wo</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="239"/>
        <source>No entries match the filters.</source>
        <translation>Keine Einträge entsprechen den Filtern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="240"/>
        <source>The audit log is empty.</source>
        <translation>Das Prüfprotokoll ist leer.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="245"/>
        <source>Showing %1 of %2 entries</source>
        <translation>%1 von %2 Einträgen angezeigt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="247"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="253"/>
        <source>A report of a leaked key</source>
        <translation>Meldung eines kompromittierten Schlüssels</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="255"/>
        <source>Server administrator (on the server)</source>
        <translation>Serveradministrator (auf dem Server)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="257"/>
        <source>%1… (token %2)</source>
        <translation>%1… (Token %2)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="258"/>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="143"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="263"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="465"/>
        <source>Type a date like %1, or pick one from the calendar.</source>
        <extracomment>The token a key prefix named (None: the field holds no prefix, or it named none). The export under way (None: none), and where the last one went with how many entries it held.</extracomment>
        <translation>Geben Sie ein Datum wie %1 ein, oder wählen Sie eines im Kalender aus.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="469"/>
        <source>The from date is after the to date.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="502"/>
        <source>Your API token may not list tokens, so a key cannot be looked up: type the token&apos;s ID.</source>
        <translation>Ihr API-Token darf keine Tokens auflisten, daher kann kein Schlüssel nachgeschlagen werden: Geben Sie die ID des Tokens ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="520"/>
        <source>No token&apos;s key starts with %1.</source>
        <translation>Kein Token hat einen Schlüssel, der mit %1 beginnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="524"/>
        <source>The keys of %n tokens start with this: type more of the key, or the token&apos;s ID.</source>
        <translation>
            <numerusform>Der Schlüssel von %n Token beginnt damit: Geben Sie mehr vom Schlüssel oder die ID des Tokens ein.</numerusform>
            <numerusform>Die Schlüssel von %n Tokens beginnen damit: Geben Sie mehr vom Schlüssel oder die ID des Tokens ein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="552"/>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="564"/>
        <source>audit-log</source>
        <translation>prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="584"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="602"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="609"/>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="580"/>
        <source>%1 of %2 entries</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="585"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="603"/>
        <source>%n entries were written.</source>
        <translation>
            <numerusform>%n Eintrag wurde geschrieben.</numerusform>
            <numerusform>%n Einträge wurden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="608"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="614"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="620"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="615"/>
        <source>Refre&amp;sh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="616"/>
        <source>Load the log again (F5)</source>
        <translation>Protokoll neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="617"/>
        <source>&amp;Export to CSV…</source>
        <translation>CSV-&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="619"/>
        <source>Write every entry the filters show to a CSV file</source>
        <translation>Alle Einträge, die die Filter anzeigen, in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="621"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="622"/>
        <source>ID or key prefix</source>
        <translation>ID oder Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="624"/>
        <source>Entries by or about one token: its ID, or the start of its key</source>
        <translation>Einträge von oder über ein Token: seine ID oder der Anfang seines Schlüssels</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="625"/>
        <source>Token ID or key prefix</source>
        <translation>Token-ID oder Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="626"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="627"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="629"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="630"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="631"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="632"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="633"/>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="60"/>
        <source>Hide the code</source>
        <translation>Code ausblenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="61"/>
        <source>Show the code</source>
        <translation>Code anzeigen</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="154"/>
        <source>Open the calendar</source>
        <translation>Kalender öffnen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="155"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Kalender öffnen (Alt+Nach-unten)</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="220"/>
        <source>Disable device ID</source>
        <extracomment>Thumbprint of the device key in this PC&apos;s keyring (None: none there).</extracomment>
        <translation>Geräte-ID deaktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="221"/>
        <source>Disable the device ID of this PC?</source>
        <translation>Geräte-ID dieses PCs deaktivieren?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="222"/>
        <source>This PC will no longer be accepted by the compliance server until an administrator enables it again.</source>
        <translation>Dieser PC wird vom Compliance-Server nicht mehr akzeptiert, bis ein Administrator ihn wieder aktiviert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="270"/>
        <source>Device registered</source>
        <translation>Gerät registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="271"/>
        <source>This PC is registered with the compliance server.</source>
        <translation>Dieser PC ist beim Compliance-Server registriert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="275"/>
        <source>Device ID disabled</source>
        <translation>Geräte-ID deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="276"/>
        <source>Device ID disabled. This PC is no longer accepted by the compliance server until an administrator enables it again.</source>
        <translation>Geräte-ID deaktiviert. Dieser PC wird vom Compliance-Server nicht mehr akzeptiert, bis ein Administrator ihn wieder aktiviert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="284"/>
        <source>Device ID enabled</source>
        <translation>Geräte-ID aktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="285"/>
        <source>Device ID enabled. The compliance server accepts this PC again.</source>
        <translation>Geräte-ID aktiviert. Der Compliance-Server akzeptiert diesen PC wieder.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="326"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="328"/>
        <source>The compliance server knows this PC by its device ID. If this PC is lost or handed on, disable its device ID so the server no longer accepts it.</source>
        <translation>Der Compliance-Server erkennt diesen PC an seiner Geräte-ID. Wenn der PC verloren geht oder weitergegeben wird, deaktivieren Sie seine Geräte-ID, damit der Server ihn nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="330"/>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="331"/>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="332"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="333"/>
        <source>Device key:</source>
        <translation>Geräteschlüssel:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="334"/>
        <source>Registered:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="335"/>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="336"/>
        <source>Disabled:</source>
        <translation>Deaktiviert:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="337"/>
        <source>On the compliance server</source>
        <translation>Auf dem Compliance-Server</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="338"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="339"/>
        <source>Copy the device ID</source>
        <translation>Geräte-ID kopieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="340"/>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="341"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="342"/>
        <source>Status on the server</source>
        <translation>Status auf dem Server</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="343"/>
        <source>Device key on the server</source>
        <translation>Geräteschlüssel auf dem Server</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="344"/>
        <source>About the device key</source>
        <translation>Hinweis zum Geräteschlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="345"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="346"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="347"/>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="401"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="348"/>
        <source>Asking the server</source>
        <translation>Server wird abgefragt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="349"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="350"/>
        <source>&amp;Register this PC</source>
        <translation>Diesen PC &amp;registrieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="351"/>
        <source>&amp;Disable device ID…</source>
        <translation>Geräte-ID d&amp;eaktivieren…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="352"/>
        <source>&amp;Enable device ID</source>
        <translation>Geräte-ID ak&amp;tivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="353"/>
        <source>Refre&amp;sh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="387"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="396"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="397"/>
        <source>Asking the server…</source>
        <translation>Server wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="399"/>
        <source>Not registered: the server does not know this PC yet.</source>
        <translation>Nicht registriert: Der Server kennt diesen PC noch nicht.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="400"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="440"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="444"/>
        <source>The server has no device key for this PC, so it cannot tell this PC&apos;s requests from others made with the same token. Register this PC to add its key.</source>
        <translation>Der Server hat keinen Geräteschlüssel für diesen PC und kann dessen Anfragen daher nicht von anderen unterscheiden, die mit demselben Token gestellt werden. Registrieren Sie diesen PC, um seinen Schlüssel hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="448"/>
        <source>This PC&apos;s keyring holds this key: every request is signed with it.</source>
        <translation>Der Schlüsselbund dieses PCs enthält diesen Schlüssel: Jede Anfrage wird damit signiert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="451"/>
        <source>This PC&apos;s keyring does not hold this key, so its requests are not signed, and tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with a new key.</source>
        <translation>Der Schlüsselbund dieses PCs enthält diesen Schlüssel nicht, daher werden seine Anfragen nicht signiert, und an diesen PC gebundene Tokens werden abgelehnt. Ein Administrator kann diese Geräte-ID auf dem Server löschen, damit sich dieser PC mit einem neuen Schlüssel erneut registrieren kann.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="456"/>
        <source>This PC&apos;s keyring holds a different key, so tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with its key.</source>
        <translation>Der Schlüsselbund dieses PCs enthält einen anderen Schlüssel, daher werden an diesen PC gebundene Tokens abgelehnt. Ein Administrator kann diese Geräte-ID auf dem Server löschen, damit sich dieser PC mit seinem Schlüssel erneut registrieren kann.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="159"/>
        <source>Enroll with a code</source>
        <translation>Mit einem Code registrieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="161"/>
        <source>Enter the enrollment code your administrator gave you. This PC then gets an API token of its own, kept in the system keyring: there is no key to paste.</source>
        <translation>Geben Sie den Registrierungscode ein, den Sie von Ihrem Administrator erhalten haben. Dieser PC erhält dann ein eigenes API-Token, das im Systemschlüsselbund aufbewahrt wird: Sie müssen keinen Schlüssel einfügen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="163"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="164"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="166"/>
        <source>Enrollment &amp;code:</source>
        <translation>Registrierungs&amp;code:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="167"/>
        <source>Enrollment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="168"/>
        <source>Paste the code (cce_…)</source>
        <translation>Code einfügen (cce_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="169"/>
        <source>Set by your organization</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="170"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>Ihre Organisation hat diesen Wert für diesen PC festgelegt; er kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="176"/>
        <source>Enrolling this PC</source>
        <translation>Dieser PC wird registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="180"/>
        <source>Enrolling…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="181"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="182"/>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="282"/>
        <source>Nothing was sent to the server: the code can still be used once the keyring works.</source>
        <translation>Es wurde nichts an den Server gesendet: Der Code kann weiterhin verwendet werden, sobald der Schlüsselbund funktioniert.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodeDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="233"/>
        <source>New enrollment code</source>
        <translation>Neuer Registrierungscode</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="235"/>
        <source>Give this code to the PCs that are to enroll: put it in the EnrollmentCode policy, or enter it in Profile &gt; Enroll with a code. It is shown only this once.</source>
        <translation>Geben Sie diesen Code an die PCs weiter, die registriert werden sollen: Tragen Sie ihn in die Richtlinie „EnrollmentCode“ ein, oder geben Sie ihn unter „Profil &gt; Mit einem Code registrieren“ ein. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="237"/>
        <source>You won&apos;t see this code again.</source>
        <translation>Dieser Code wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="238"/>
        <source>Enrollment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="244"/>
        <source>QR code of the enrollment code</source>
        <translation>QR-Code des Registrierungscodes</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="246"/>
        <source>The same code as above, to scan with a phone or a tablet.</source>
        <translation>Derselbe Code wie oben, zum Scannen mit einem Smartphone oder Tablet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/key_dialog.py" line="250"/>
        <source>Valid until %1 for %n enrollments.</source>
        <translation>
            <numerusform>Gültig bis %1 für %n Registrierung.</numerusform>
            <numerusform>Gültig bis %1 für %n Registrierungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="53"/>
        <source>Create enrollment code</source>
        <translation>Registrierungscode erstellen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="57"/>
        <source>C&amp;reate code</source>
        <translation>Code er&amp;stellen</translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="101"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendChoice</name>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1164"/>
        <source>Until &amp;date:</source>
        <translation>Bis &amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1166"/>
        <source>New expiry date</source>
        <translation>Neues Ablaufdatum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1177"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="173"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="177"/>
        <source>This is the new API key for %1. The old key keeps working until %2. Copy the new key now and give it to the programs that use it before then.</source>
        <translation>Dies ist der neue API-Schlüssel für %1. Der alte Schlüssel funktioniert noch bis %2. Kopieren Sie den neuen Schlüssel jetzt und geben Sie ihn bis dahin an die Programme weiter, die ihn verwenden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="182"/>
        <source>This is the new API key for %1. The old key no longer works. Copy the new key now and give it to the programs that use it.</source>
        <translation>Dies ist der neue API-Schlüssel für %1. Der alte Schlüssel funktioniert nicht mehr. Kopieren Sie den neuen Schlüssel jetzt und geben Sie ihn an die Programme weiter, die ihn verwenden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="187"/>
        <source>This is the API key for %1. Copy it now and keep it somewhere safe.</source>
        <translation>Dies ist der API-Schlüssel für %1. Kopieren Sie ihn jetzt und bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="190"/>
        <source>You won&apos;t see this key again.</source>
        <translation>Dieser Schlüssel wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="191"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="163"/>
        <source>&amp;Copy</source>
        <extracomment>After a regenerate with a grace period: until when the replaced key works.</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="166"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="168"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="266"/>
        <source>None (stops at once)</source>
        <translation>Keine (sofort ungültig)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="307"/>
        <source>&amp;Grace period for the old key:</source>
        <translation>Über&amp;gangsfrist für den alten Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="267"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="268"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="269"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="270"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="279"/>
        <source>The old key keeps working until about %1. Give the new key to every program that uses the old one before then.</source>
        <translation>Der alte Schlüssel funktioniert noch bis etwa %1. Geben Sie den neuen Schlüssel bis dahin an jedes Programm weiter, das den alten verwendet.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="300"/>
        <source>How long the old key keeps working</source>
        <translation>Wie lange der alte Schlüssel noch funktioniert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="316"/>
        <source>Regenerate key</source>
        <translation>Schlüssel neu generieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="317"/>
        <source>Issue a new key for %1 (key %2…)?</source>
        <translation>Neuen Schlüssel für %1 (Schlüssel %2…) ausstellen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="275"/>
        <source>The old key stops working at once. Every program that uses it needs the new key.</source>
        <translation>Der alte Schlüssel funktioniert sofort nicht mehr. Jedes Programm, das ihn verwendet, benötigt den neuen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="214"/>
        <source>Profile</source>
        <extracomment>Pages only a global token is offered (DESIGN §8: the policy is the whole service&apos;s). The navigation is as wide as its longest page name needs, at most this: every pixel it does not need goes to the page (at 200 % on a small screen there are few to spare).</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="215"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="216"/>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="217"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="218"/>
        <source>Token policy</source>
        <translation>Tokenrichtlinie</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="222"/>
        <source>Compliance Client</source>
        <translation>Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="229"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="230"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="231"/>
        <source>&amp;Start when I sign in</source>
        <translation>Beim Anmelden &amp;starten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="233"/>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="234"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="235"/>
        <source>&amp;About Compliance Client</source>
        <translation>&amp;Info über Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="236"/>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="237"/>
        <source>Try to reach the server again now</source>
        <translation>Jetzt erneut versuchen, den Server zu erreichen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="240"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>Die Geräte-ID dieses PCs ist auf dem Server deaktiviert. Ein Administrator kann sie aktivieren.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="242"/>
        <source>Until then this app does not contact the server. Once it is enabled, check again.</source>
        <translation>Bis dahin nimmt diese App keinen Kontakt zum Server auf. Prüfen Sie erneut, sobald sie aktiviert ist.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="244"/>
        <source>Device ID disabled</source>
        <translation>Geräte-ID deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="245"/>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="247"/>
        <source>Ask the server whether this PC&apos;s device ID is enabled again</source>
        <translation>Beim Server nachfragen, ob die Geräte-ID dieses PCs wieder aktiviert ist</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="261"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="262"/>
        <source>No server set</source>
        <translation>Kein Server festgelegt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="265"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="300"/>
        <source>Not connected · retrying…</source>
        <translation>Nicht verbunden · neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="304"/>
        <source>Not connected · retrying in %1 s</source>
        <translation>Nicht verbunden · neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="311"/>
        <source>This PC could not be registered with the server yet; it will be tried again at the next start. %1</source>
        <translation>Dieser PC konnte noch nicht beim Server registriert werden; beim nächsten Start wird es erneut versucht. %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="317"/>
        <source>Enrolling this PC with %1…</source>
        <translation>Dieser PC wird bei %1 registriert…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="321"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>Ihre Organisation hat diesen PC bei %1 registriert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="327"/>
        <source>This PC could not be enrolled with your organization&apos;s code; the Profile page says why.</source>
        <translation>Dieser PC konnte nicht mit dem Code Ihrer Organisation registriert werden; den Grund finden Sie auf der Seite „Profil“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="385"/>
        <source>The “Start when I sign in” setting could not be changed. %1</source>
        <translation>Die Einstellung für den Start beim Anmelden konnte nicht geändert werden. %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="398"/>
        <source>Set by your organization</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="400"/>
        <source>Set for every user of this PC when the app was installed; only an administrator can change it</source>
        <translation>Bei der Installation der App für alle Benutzer dieses PCs festgelegt; nur ein Administrator kann dies ändern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="403"/>
        <source>Start Compliance Client in the background when you sign in to this PC</source>
        <translation>Compliance Client beim Anmelden an diesem PC im Hintergrund starten</translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="381"/>
        <location filename="../../compliance_client/ui/grid/view.py" line="383"/>
        <source>Retry</source>
        <extracomment>Rows measured for a column&apos;s content width (the first page&apos;s first rows: enough to see typical texts, cheap enough for every new list).</extracomment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="382"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="394"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="405"/>
        <source>Could not load more: %1</source>
        <translation>Weitere Einträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="411"/>
        <source>%1 — loading more…</source>
        <translation>%1 – weitere werden geladen…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="141"/>
        <source>Nothing to show.</source>
        <extracomment>Emitted whenever ``state``, ``error`` or the row count changes. column -&gt; the server&apos;s sort field for it; columns not listed are not sortable. The number of columns, when fixed: Qt asks columnCount() thousands of times a paint, and translating every title to count them is what made a paint cost ~50 ms. The roles :meth:`cell` answers (as ints), when known; data() answers None for any other role without calling into the subclass (a paint asks ~10 roles per cell). The column whose text a marked row&apos;s badge (:meth:`row_mark`) stands before. The column whose text is drawn as a badge in the tone :meth:`badge` gives (-1: none).</extracomment>
        <translation>Keine Einträge vorhanden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="144"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Hide</source>
        <extracomment>Room a window manager&apos;s title bar and borders take around a window (logical pixels).</extracomment>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="311"/>
        <source>Hide the token</source>
        <translation>Token ausblenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="312"/>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="314"/>
        <source>Only a token typed here can be shown: a stored token stays in the system keyring.</source>
        <translation>Nur ein hier eingegebenes Token kann angezeigt werden: Ein gespeichertes Token bleibt im Systemschlüsselbund.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="50"/>
        <source>The default lifetime may not be longer than the maximum lifetime.</source>
        <extracomment>The fields that have a line of their own for their problems (the check boxes cannot be wrong: a check box is true or false).</extracomment>
        <translation>Die Standard-Gültigkeitsdauer darf nicht länger sein als die maximale Gültigkeitsdauer.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="53"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="185"/>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>Token policy</source>
        <extracomment>The policy as the server last answered it (None: not read yet).</extracomment>
        <translation>Tokenrichtlinie</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="187"/>
        <source>The rules every API token must follow when it is created or its expiry or IP addresses are changed. Tokens made before a stricter rule keep working.</source>
        <translation>Die Regeln, die jedes API-Token einhalten muss, wenn es erstellt wird oder wenn sein Ablaufdatum oder seine IP-Adressen geändert werden. Tokens, die vor einer strengeren Regel erstellt wurden, funktionieren weiter.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="189"/>
        <source>&amp;Limit token lifetime</source>
        <translation>Gültigkeitsdauer von Tokens &amp;begrenzen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="190"/>
        <source>&amp;Maximum lifetime (days):</source>
        <translation>&amp;Maximale Gültigkeitsdauer (Tage):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="191"/>
        <source>Maximum lifetime in days</source>
        <translation>Maximale Gültigkeitsdauer in Tagen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="192"/>
        <source>Require an &amp;expire date</source>
        <translation>&amp;Ablaufdatum vorschreiben</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="193"/>
        <source>Require an &amp;IP restriction</source>
        <translation>&amp;IP-Einschränkung vorschreiben</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="195"/>
        <source>Every token must name at least one allowed IP address or network.</source>
        <translation>Jedes Token muss mindestens eine erlaubte IP-Adresse oder ein erlaubtes Netz angeben.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="196"/>
        <source>Defa&amp;ult lifetime (days):</source>
        <translation>S&amp;tandard-Gültigkeitsdauer (Tage):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="197"/>
        <source>Default lifetime in days</source>
        <translation>Standard-Gültigkeitsdauer in Tagen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="199"/>
        <source>The expiry a new token is given unless its creator picks another.</source>
        <translation>Die Gültigkeitsdauer, die ein neues Token erhält, sofern sein Ersteller keine andere wählt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="200"/>
        <source>&amp;Warn before expiry (days):</source>
        <translation>Vor Ablauf &amp;warnen (Tage):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="201"/>
        <source>Warn before expiry, in days</source>
        <translation>Vor Ablauf warnen, in Tagen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="203"/>
        <source>How many days before its token expires the app warns the user (0: never).</source>
        <translation>Wie viele Tage vor dem Ablauf seines Tokens die App den Benutzer warnt (0: nie).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="205"/>
        <source>Your API token may read the token policy but not change it.</source>
        <translation>Ihr API-Token darf die Tokenrichtlinie lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="206"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="207"/>
        <source>Save the token policy on the server</source>
        <translation>Tokenrichtlinie auf dem Server speichern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="208"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="210"/>
        <source>Discard the changes and read the policy from the server again</source>
        <translation>Änderungen verwerfen und die Richtlinie erneut vom Server lesen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="211"/>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>The token policy is saved.</source>
        <translation>Die Tokenrichtlinie wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>PolicyPlurals</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="22"/>
        <source>The token policy allows at most %n days from today: pick an earlier day.</source>
        <translation>
            <numerusform>Die Tokenrichtlinie erlaubt höchstens %n Tag ab heute: Wählen Sie einen früheren Tag.</numerusform>
            <numerusform>Die Tokenrichtlinie erlaubt höchstens %n Tage ab heute: Wählen Sie einen früheren Tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="189"/>
        <source>Profile settings</source>
        <extracomment>IT&apos;s managed settings, read with the profiles (None until then).</extracomment>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="248"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="249"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="250"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="251"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="252"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="253"/>
        <source>Rename this profile</source>
        <translation>Dieses Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="254"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="255"/>
        <source>Delete this profile</source>
        <translation>Dieses Profil löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="257"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="258"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="259"/>
        <source>For example: Work</source>
        <translation>Zum Beispiel: Arbeit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="260"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="261"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="262"/>
        <source>Server &amp;URL:</source>
        <translation>Server-U&amp;RL:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="263"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="265"/>
        <source>API to&amp;ken:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="266"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="267"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="348"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="268"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="269"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="270"/>
        <source>Enr&amp;oll with a code…</source>
        <translation>Mit einem &amp;Code registrieren…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="271"/>
        <source>Enroll with a code</source>
        <translation>Mit einem Code registrieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="272"/>
        <source>Get this PC&apos;s API token with the enrollment code your administrator gave you, instead of pasting a token</source>
        <translation>Das API-Token dieses PCs mit dem Registrierungscode abrufen, den Sie von Ihrem Administrator erhalten haben, statt ein Token einzufügen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="278"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="468"/>
        <source>Set by your organization</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="279"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>Ihre Organisation hat diesen Wert für diesen PC festgelegt; er kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="319"/>
        <source>This PC is enrolled with %1.</source>
        <translation>Dieser PC ist bei %1 registriert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="195"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="196"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="24"/>
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="26"/>
        <source>A profile name is at most %1 characters.</source>
        <translation>Ein Profilname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="28"/>
        <source>A profile name cannot contain line breaks or control characters.</source>
        <translation>Ein Profilname darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="30"/>
        <source>This looks like an API token. Put the token in the token field and give the profile a name.</source>
        <translation>Das sieht wie ein API-Token aus. Fügen Sie das Token in das Tokenfeld ein, und geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="34"/>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="38"/>
        <source>Enter the server URL, for example https://compliance.example.com.</source>
        <translation>Geben Sie die Server-URL ein, zum Beispiel https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="41"/>
        <source>This server URL is too long.</source>
        <translation>Diese Server-URL ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="42"/>
        <source>This looks like an API token. Put the token in the token field, not in the server URL.</source>
        <translation>Das sieht wie ein API-Token aus. Fügen Sie das Token in das Tokenfeld ein, nicht in die Server-URL.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="46"/>
        <source>A server URL cannot contain spaces.</source>
        <translation>Eine Server-URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="47"/>
        <source>The server URL must start with https:// (or http:// for a server on this computer).</source>
        <translation>Die Server-URL muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="51"/>
        <source>Leave the user name and password out of the server URL; the API token is entered separately.</source>
        <translation>Lassen Sie Benutzername und Kennwort in der Server-URL weg; das API-Token wird separat eingegeben.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="55"/>
        <source>The server URL needs a host name, for example https://compliance.example.com.</source>
        <translation>Die Server-URL benötigt einen Hostnamen, zum Beispiel https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="59"/>
        <source>The port in the server URL must be a number from 1 to 65535.</source>
        <translation>Der Port in der Server-URL muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="61"/>
        <source>The server URL cannot hold a query (?…) or a fragment (#…).</source>
        <translation>Die Server-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="63"/>
        <source>Use https:// for a server on another computer: plain http:// would send the API token in clear. http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Verwenden Sie https:// für einen Server auf einem anderen Computer: Mit einfachem http:// würde das API-Token im Klartext gesendet. http:// ist nur für diesen Computer zulässig (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="68"/>
        <source>Enter an API token.</source>
        <translation>Geben Sie ein API-Token ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="69"/>
        <source>An API token starts with “cct_”.</source>
        <translation>Ein API-Token beginnt mit „cct_“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="71"/>
        <source>An API token is %1 characters long; check that you copied all of it.</source>
        <translation>Ein API-Token ist %1 Zeichen lang; prüfen Sie, ob Sie es vollständig kopiert haben.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="75"/>
        <source>An API token holds only letters and digits after “cct_”.</source>
        <translation>Ein API-Token enthält nach „cct_“ nur Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="78"/>
        <source>This API token is mistyped: its checksum does not match. Copy it again.</source>
        <translation>Dieses API-Token ist fehlerhaft: Die Prüfsumme stimmt nicht. Kopieren Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="92"/>
        <source>Enter an enrollment code.</source>
        <translation>Geben Sie einen Registrierungscode ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="93"/>
        <source>An enrollment code starts with “cce_”.</source>
        <translation>Ein Registrierungscode beginnt mit „cce_“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="95"/>
        <source>An enrollment code is %1 characters long.</source>
        <translation>Ein Registrierungscode ist %1 Zeichen lang.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="97"/>
        <source>An enrollment code holds only letters and digits after “cce_”.</source>
        <translation>Ein Registrierungscode enthält nach „cce_“ nur Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="100"/>
        <source>This enrollment code is mistyped: its checksum does not match.</source>
        <translation>Dieser Registrierungscode ist fehlerhaft: Die Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="238"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="325"/>
        <source>(new profile)</source>
        <translation>(neues Profil)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="332"/>
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="334"/>
        <source>A token is stored</source>
        <translation>Ein Token ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="336"/>
        <source>Paste the API token (cct_…)</source>
        <translation>API-Token einfügen (cct_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="339"/>
        <source>Leave the field empty to keep the stored token, or paste a new one to replace it.</source>
        <translation>Lassen Sie das Feld leer, um das gespeicherte Token zu behalten, oder fügen Sie zum Ersetzen ein neues ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="239"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="240"/>
        <source>Discard your changes to the profile “%1”?</source>
        <translation>Ihre Änderungen am Profil „%1“ verwerfen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="326"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="536"/>
        <source>The profile was not saved. Fix the marked fields, then save again.</source>
        <translation>Das Profil wurde nicht gespeichert. Korrigieren Sie die markierten Felder, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="328"/>
        <source>The profile was not saved. Fix the marked field, then save again.</source>
        <translation>Das Profil wurde nicht gespeichert. Korrigieren Sie das markierte Feld, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="348"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="349"/>
        <source>New name for the profile “%1”:</source>
        <translation>Neuer Name für das Profil „%1“:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="359"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="360"/>
        <source>Delete the profile “%1”?</source>
        <translation>Profil „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="361"/>
        <source>Its settings and its stored API token are removed from this PC. The token itself stays valid on the server.</source>
        <translation>Seine Einstellungen und sein gespeichertes API-Token werden von diesem PC entfernt. Das Token selbst bleibt auf dem Server gültig.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="378"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="383"/>
        <source>Profile deleted</source>
        <translation>Profil gelöscht</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="379"/>
        <source>The profile “%1” is deleted, but its API token could not be removed from the system keyring.</source>
        <translation>Das Profil „%1“ wurde gelöscht, aber sein API-Token konnte nicht aus dem Systemschlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="384"/>
        <source>The profile “%1” is deleted.</source>
        <translation>Das Profil „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="347"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="50"/>
        <source>Connected. Organization: %1 (%2).</source>
        <translation>Verbunden. Organisation: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="53"/>
        <source>The token never expires.</source>
        <translation>Das Token läuft nie ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="55"/>
        <source>The token expires on %1.</source>
        <translation>Das Token läuft am %1 ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="58"/>
        <source>It may call %1 of %2 endpoints: %3.</source>
        <translation>Es darf %1 von %2 Endpunkten aufrufen: %3.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="60"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="522"/>
        <source>Profile saved without its token</source>
        <translation>Profil ohne Token gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="523"/>
        <source>Your profile is saved, but its API token could not be stored in the system keyring.</source>
        <translation>Ihr Profil wurde gespeichert, aber sein API-Token konnte nicht im Systemschlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="526"/>
        <source>The token is still in the dialog: fix the keyring, then press Save again. Until then this PC cannot connect with this profile.</source>
        <translation>Das Token ist noch im Dialogfeld: Beheben Sie das Problem mit dem Schlüsselbund, und klicken Sie dann erneut auf „Speichern“. Bis dahin kann dieser PC mit diesem Profil keine Verbindung herstellen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Profile saved</source>
        <translation>Profil gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Your profile is saved.</source>
        <translation>Ihr Profil wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Your profile could not be saved.</source>
        <translation>Ihr Profil konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="230"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="232"/>
        <source>No profile is set up yet. Set up your profile with the server URL and the API token your administrator gave you, so this PC can reach the compliance server.</source>
        <translation>Es ist noch kein Profil eingerichtet. Richten Sie Ihr Profil mit der Server-URL und dem API-Token ein, das Sie von Ihrem Administrator erhalten haben, damit dieser PC den Compliance-Server erreichen kann.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="234"/>
        <source>&amp;Set up profile…</source>
        <translation>Profil &amp;einrichten…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="235"/>
        <source>Set up profile</source>
        <translation>Profil einrichten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="236"/>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="237"/>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="238"/>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="239"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="389"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="425"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="438"/>
        <source>Rotate key</source>
        <translation>Schlüssel wechseln</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="241"/>
        <source>Give this profile&apos;s API token a new key; the old key keeps working for an hour</source>
        <translation>Dem API-Token dieses Profils einen neuen Schlüssel geben; der alte Schlüssel funktioniert noch eine Stunde lang</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="245"/>
        <source>Token expires:</source>
        <translation>Token läuft ab:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="247"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="248"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="249"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="250"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="251"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="252"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="253"/>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="255"/>
        <source>API token expires soon</source>
        <translation>API-Token läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="296"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>Ihre Organisation hat diesen PC bei %1 registriert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="299"/>
        <source>This PC could not be enrolled with your organization&apos;s code.</source>
        <translation>Dieser PC konnte nicht mit dem Code Ihrer Organisation registriert werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="303"/>
        <source>Enrolling this PC with your organization&apos;s code…</source>
        <translation>Dieser PC wird mit dem Code Ihrer Organisation registriert…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="324"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="327"/>
        <source>Could not be read from the system keyring</source>
        <translation>Konnte nicht aus dem Systemschlüsselbund gelesen werden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="329"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="331"/>
        <source>Stored in the system keyring</source>
        <translation>Im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="333"/>
        <source>Not stored: enter it in the profile</source>
        <translation>Nicht gespeichert: im Profil eingeben</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="369"/>
        <source>Never expires</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="371"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="380"/>
        <source>Your API token expires in %n days, on %1. Ask your administrator to extend it before then: once it has expired, this PC can no longer reach the server.</source>
        <translation>
            <numerusform>Ihr API-Token läuft in %n Tag ab (am %1). Bitten Sie Ihren Administrator, es vorher zu verlängern: Sobald es abgelaufen ist, kann dieser PC den Server nicht mehr erreichen.</numerusform>
            <numerusform>Ihr API-Token läuft in %n Tagen ab (am %1). Bitten Sie Ihren Administrator, es vorher zu verlängern: Sobald es abgelaufen ist, kann dieser PC den Server nicht mehr erreichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="390"/>
        <source>Give this PC a new key for its API token?</source>
        <translation>Neuen Schlüssel für das API-Token dieses PCs ausstellen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="392"/>
        <source>The server issues a new key, which this app keeps in the system keyring instead of the old one. The old key keeps working for an hour; other programs that use it need the new key before then.</source>
        <translation>Der Server stellt einen neuen Schlüssel aus, den diese App anstelle des alten im Systemschlüsselbund speichert. Der alte Schlüssel funktioniert noch eine Stunde lang; andere Programme, die ihn verwenden, benötigen bis dahin den neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="412"/>
        <source>Key rotated; the old key works until %1.</source>
        <translation>Schlüssel gewechselt; der alte Schlüssel funktioniert noch bis %1 Uhr.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="419"/>
        <source>The new key could not be stored in the system keyring, which still holds the old key; it works until %1. Paste the new key into the profile (Edit profile…) before then, or this PC can no longer reach the server.</source>
        <translation>Der neue Schlüssel konnte nicht im Systemschlüsselbund gespeichert werden, der noch den alten Schlüssel enthält; dieser funktioniert bis %1 Uhr. Fügen Sie den neuen Schlüssel bis dahin in das Profil ein („Profil bearbeiten…“), sonst kann dieser PC den Server nicht mehr erreichen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="439"/>
        <source>The key was not rotated; the old key still works.</source>
        <translation>Der Schlüssel wurde nicht gewechselt; der alte Schlüssel funktioniert weiterhin.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="508"/>
        <source>Device ID disabled</source>
        <extracomment>Seconds before each retry of a lost server; the last one repeats. CONNECTED again after FAILED: pages that could not load try again. IT&apos;s enrollment code is being redeemed (the server&apos;s URL), then it was, or failed. IT&apos;s managed settings, once the first reload read them (None until then). The server IT&apos;s code enrolled this PC with in this run, or None. Why enrolling with IT&apos;s code failed in this run, or None. What the token could do when last connected (kept while FAILED; None until the server first answered for this profile): which pages to offer while offline.</extracomment>
        <translation>Geräte-ID deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="510"/>
        <source>Enrolling this PC…</source>
        <translation>Dieser PC wird registriert…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="512"/>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="513"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="514"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="515"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="33"/>
        <source>The entry is empty.</source>
        <translation>Der Eintrag ist leer.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="37"/>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>Bei %1 sind Hostbits gesetzt; meinten Sie %2?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="41"/>
        <source>%1 holds an interface zone (%…); enter the address without it.</source>
        <translation>%1 enthält eine Schnittstellenzone (%…); geben Sie die Adresse ohne diese Angabe ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="48"/>
        <source>%1 is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).</source>
        <translation>%1 ist weder eine IP-Adresse noch ein Netz (z. B. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="67"/>
        <source>Enter the organization name.</source>
        <translation>Geben Sie den Organisationsnamen ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="68"/>
        <source>Enter the organization ID.</source>
        <translation>Geben Sie die Organisations-ID ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="71"/>
        <source>This is longer than %1 characters.</source>
        <translation>Dies ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="73"/>
        <source>This must be text.</source>
        <translation>Dies muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="74"/>
        <source>An organization ID holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>Eine Organisations-ID enthält Buchstaben, Ziffern, „.“, „_“ und „-“ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="80"/>
        <source>At most %1 entries are allowed.</source>
        <translation>Es sind höchstens %1 Einträge zulässig.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="83"/>
        <source>%1 matches no endpoint; use an id such as tokens.read, a group such as tokens.*, or *.</source>
        <translation>%1 entspricht keinem Endpunkt; verwenden Sie eine ID wie tokens.read, eine Gruppe wie tokens.* oder *.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="90"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="92"/>
        <source>%1 is in both the allowed and the blocked list; remove it from one.</source>
        <translation>%1 steht sowohl in der Zulassungs- als auch in der Sperrliste; entfernen Sie den Eintrag aus einer Liste.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="97"/>
        <source>The expire date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="98"/>
        <source>The expire date is more than 100 years away.</source>
        <translation>Das Ablaufdatum liegt mehr als 100 Jahre in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="99"/>
        <source>The expire date is not valid.</source>
        <translation>Das Ablaufdatum ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="100"/>
        <source>%1 is not a device ID.</source>
        <translation>%1 ist keine Geräte-ID.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="101"/>
        <source>This holds a control character (pasted, perhaps); remove it.</source>
        <translation>Dies enthält ein Steuerzeichen (vielleicht eingefügt); entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="103"/>
        <source>This holds a broken character (pasted, perhaps); type it again.</source>
        <translation>Dies enthält ein fehlerhaftes Zeichen (vielleicht eingefügt); geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="106"/>
        <source>The token policy requires an expire date: pick one.</source>
        <translation>Die Tokenrichtlinie schreibt ein Ablaufdatum vor: Wählen Sie eines aus.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="109"/>
        <source>The token policy requires at least one allowed IP address or network: add one.</source>
        <translation>Die Tokenrichtlinie schreibt mindestens eine erlaubte IP-Adresse oder ein erlaubtes Netz vor: Fügen Sie einen Eintrag hinzu.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="124"/>
        <source>A device ticked here is not registered in organization %1 (deleted meanwhile?): untick it, or pick the organization&apos;s devices again.</source>
        <translation>Ein hier ausgewähltes Gerät ist in der Organisation %1 nicht registriert (inzwischen gelöscht?): Heben Sie die Auswahl auf, oder wählen Sie die Geräte der Organisation erneut aus.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="132"/>
        <source>Not a registered device of organization %1: %2. Untick it: a token is bound only to devices of its own organization.</source>
        <translation>Kein registriertes Gerät der Organisation %1: %2. Heben Sie die Auswahl auf: Ein Token wird nur an Geräte seiner eigenen Organisation gebunden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="28"/>
        <source>every endpoint</source>
        <translation>jeder Endpunkt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="30"/>
        <source>all endpoints of the %1 group</source>
        <translation>alle Endpunkte der Gruppe %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="80"/>
        <source>%1 is listed twice (line %2).</source>
        <translation>%1 ist doppelt aufgeführt (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="104"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="109"/>
        <source>… and %1 more lines to fix.</source>
        <translation>… und %1 weitere zu korrigierende Zeilen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Edit API token</source>
        <extracomment>The form is an enrollment code&apos;s template (``EnrollmentDialog``, DESIGN §13).</extracomment>
        <translation>API-Token bearbeiten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Add API token</source>
        <translation>API-Token hinzufügen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="314"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="435"/>
        <source>This token is suspended: its key was reported as leaked. Regenerate the key before anyone resumes it.</source>
        <translation>Dieses Token ist ausgesetzt: Sein Schlüssel wurde als kompromittiert gemeldet. Generieren Sie den Schlüssel neu, bevor jemand das Token reaktiviert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="439"/>
        <source>This token is suspended: the server refuses its key until it is resumed.</source>
        <translation>Dieses Token ist ausgesetzt: Der Server lehnt seinen Schlüssel ab, bis es reaktiviert wird.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="442"/>
        <source>The previous key still works until %1.</source>
        <translation>Der vorherige Schlüssel funktioniert noch bis %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="754"/>
        <source>API Key with id %1 is updated successfully</source>
        <translation>API-Schlüssel mit ID %1 erfolgreich aktualisiert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard your changes to this token?</source>
        <translation>Ihre Änderungen an diesem Token verwerfen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="269"/>
        <source>Na&amp;me:</source>
        <extracomment>How long a new enrollment code works, in seconds (1 hour, 1 day, 7 days; the server takes 60 to 604,800); the second is the default.</extracomment>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="270"/>
        <source>O&amp;wner:</source>
        <translation>Besit&amp;zer:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="271"/>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="272"/>
        <source>Organization &amp;name:</source>
        <translation>Organisations&amp;name:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="273"/>
        <source>Organization &amp;ID:</source>
        <translation>Organisations-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="274"/>
        <source>Sc&amp;ope:</source>
        <translation>Geltungs&amp;bereich:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="275"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="276"/>
        <source>&amp;Allowed endpoints:</source>
        <translation>&amp;Erlaubte Endpunkte:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="277"/>
        <source>&amp;Blocked endpoints:</source>
        <translation>&amp;Gesperrte Endpunkte:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="278"/>
        <source>Allowed I&amp;Ps:</source>
        <translation>Erlaubte I&amp;Ps:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="279"/>
        <source>Bloc&amp;ked IPs:</source>
        <translation>Gesper&amp;rte IPs:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="280"/>
        <source>Bound &amp;to devices:</source>
        <translation>An Gerä&amp;te gebunden:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="281"/>
        <source>E&amp;xpires:</source>
        <translation>Läu&amp;ft ab:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="282"/>
        <source>Code &amp;valid for:</source>
        <translation>Co&amp;de gültig für:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="283"/>
        <source>&amp;Uses:</source>
        <translation>&amp;Verwendungen:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="293"/>
        <source>What it is for, e.g. Nightly backup</source>
        <translation>Wofür es dient, z. B. Nächtliche Sicherung</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="295"/>
        <source>Who to ask about it, e.g. it-ops@example.com</source>
        <translation>Wer zuständig ist, z. B. it-ops@example.com</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="297"/>
        <source>Optional: where it is used, how to replace it</source>
        <translation>Optional: wo es verwendet wird, wie es ersetzt wird</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="328"/>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="329"/>
        <source>Each PC that enrolls gets its own token, bound to that PC.</source>
        <translation>Jeder PC, der sich registriert, erhält ein eigenes Token, das an diesen PC gebunden ist.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="333"/>
        <source>After this, no PC can enroll with the code, even with uses left.</source>
        <translation>Danach lassen sich mit dem Code keine PCs mehr registrieren, auch wenn noch Verwendungen übrig sind.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="336"/>
        <source>How many PCs may enroll with this code (1 to 1,000).</source>
        <translation>Wie viele PCs sich mit diesem Code registrieren dürfen (1 bis 1.000).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="85"/>
        <source>Expire date</source>
        <extracomment>A choice of the drop-down: a preset&apos;s number of days, ON_A_DATE or NEVER.</extracomment>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="95"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="97"/>
        <source>On a date…</source>
        <translation>Bestimmtes Datum…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="188"/>
        <source>Type the expire date as %1.</source>
        <translation>Geben Sie das Ablaufdatum in der Form %1 ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="190"/>
        <source>“%1” is not a date: type the expire date as %2.</source>
        <translation>„%1“ ist kein Datum: Geben Sie das Ablaufdatum in der Form %2 ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="298"/>
        <source>e.g. Acme Corporation</source>
        <translation>z. B. Acme Corporation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="299"/>
        <source>e.g. acme-corp</source>
        <translation>z. B. acme-corp</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="300"/>
        <source>All endpoints (no allowed list)</source>
        <translation>Alle Endpunkte (keine Zulassungsliste)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="303"/>
        <source>None blocked</source>
        <translation>Keine gesperrt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="308"/>
        <source>Any address. One address or network per line, e.g. 10.0.0.0/8</source>
        <translation>Jede Adresse. Eine Adresse oder ein Netz pro Zeile, z. B. 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="313"/>
        <source>None blocked. One entry per line</source>
        <translation>Keine gesperrt. Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="316"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="317"/>
        <source>Global (all organizations)</source>
        <translation>Global (alle Organisationen)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="319"/>
        <source>An organization token acts only inside its own organization ID. A global token acts on every organization: give it only to the service&apos;s administrators.</source>
        <translation>Ein Organisations-Token wirkt nur innerhalb seiner eigenen Organisations-ID. Ein globales Token wirkt auf alle Organisationen: Geben Sie es nur den Administratoren des Dienstes.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="300"/>
        <source>This is the token you are signed in with. Restricting it or regenerating its key affects this app too.</source>
        <translation>Dies ist das Token, mit dem Sie angemeldet sind. Wenn Sie es einschränken oder seinen Schlüssel neu generieren, betrifft das auch diese App.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="88"/>
        <source>A token that never expires keeps working until someone deletes it. Prefer an expire date.</source>
        <translation>Ein Token ohne Ablaufdatum funktioniert, bis es gelöscht wird. Legen Sie besser ein Ablaufdatum fest.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="326"/>
        <source>&amp;Regenerate key…</source>
        <translation>Schlüssel ne&amp;u generieren…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="49"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="313"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="86"/>
        <source>The token stops working at the end of this day, in your time zone.</source>
        <translation>Das Token funktioniert ab dem Ende dieses Tages (in Ihrer Zeitzone) nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="374"/>
        <source>Only the start of the key is kept; the whole key was shown once, when it was issued.</source>
        <translation>Nur der Anfang des Schlüssels wird gespeichert; der vollständige Schlüssel wurde einmalig bei der Ausstellung angezeigt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="22"/>
        <source>This token may call every endpoint from any address.</source>
        <translation>Dieses Token darf jeden Endpunkt von jeder Adresse aus aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="25"/>
        <source>any address</source>
        <translation>jeder Adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="27"/>
        <source>May call every endpoint from %1 except %2.</source>
        <translation>Darf jeden Endpunkt von %1 aus aufrufen, außer von %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="26"/>
        <source>May call every endpoint from %1.</source>
        <translation>Darf jeden Endpunkt von %1 aus aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="31"/>
        <source>May call %1 of %2 endpoints from %3 except %4.</source>
        <translation>Darf %1 von %2 Endpunkten von %3 aus aufrufen, außer von %4.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="30"/>
        <source>May call %1 of %2 endpoints from %3.</source>
        <translation>Darf %1 von %2 Endpunkten von %3 aus aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="34"/>
        <source>This includes %1, which every token may call.</source>
        <translation>Dazu gehört %1: Diesen Endpunkt darf jedes Token aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="35"/>
        <source>Never expires.</source>
        <translation>Läuft nie ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="36"/>
        <source>Expires %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="38"/>
        <source>Only from the devices it is bound to: %1.</source>
        <translation>Nur von den Geräten aus, an die es gebunden ist: %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="40"/>
        <source>%1 is in both the allowed and the blocked endpoints; remove it from one.</source>
        <translation>%1 steht bei den erlaubten und den gesperrten Endpunkten; entfernen Sie den Eintrag aus einer Liste.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="44"/>
        <source>%1 is in both the allowed and the blocked IPs; remove it from one.</source>
        <translation>%1 steht bei den erlaubten und den gesperrten IPs; entfernen Sie den Eintrag aus einer Liste.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="47"/>
        <source>The blocked IPs cover every allowed address, so this token cannot be used from anywhere.</source>
        <translation>Die gesperrten IPs umfassen jede erlaubte Adresse; dieses Token kann daher von nirgendwo verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="52"/>
        <source>This token may call no endpoint except checking itself.</source>
        <translation>Dieses Token darf keinen Endpunkt aufrufen, außer sich selbst zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="55"/>
        <source>It is unrestricted: consider limiting its endpoints or addresses.</source>
        <translation>Es ist nicht eingeschränkt: Beschränken Sie ggf. seine Endpunkte oder Adressen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="58"/>
        <source>It is global: it acts on the tokens and devices of every organization.</source>
        <translation>Es ist global: Es wirkt auf die Tokens und Geräte aller Organisationen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="62"/>
        <source>This reaches further than your own token; the server will refuse it.</source>
        <translation>Dies reicht weiter als Ihr eigenes Token; der Server wird es ablehnen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="66"/>
        <source>%1 is not a registered device of this organization; the server will refuse it.</source>
        <translation>%1 ist kein registriertes Gerät dieser Organisation; der Server wird es ablehnen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="71"/>
        <source>%1 is disabled: this token cannot be used from it while it is.</source>
        <translation>%1 ist deaktiviert: Solange das so ist, kann dieses Token von diesem Gerät aus nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="74"/>
        <source>%1 has no device key, so it cannot sign requests: this token cannot be used from it until it registers again with a key.</source>
        <translation>%1 hat keinen Geräteschlüssel und kann daher keine Anfragen signieren: Dieses Token kann von diesem Gerät aus erst verwendet werden, wenn sich das Gerät erneut mit einem Schlüssel registriert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="79"/>
        <source>Your own token is bound to devices: bind this one to some of yours, or the server will refuse it.</source>
        <translation>Ihr eigenes Token ist an Geräte gebunden: Binden Sie dieses an einige Ihrer Geräte, sonst wird der Server es ablehnen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="739"/>
        <source>API token added successfully</source>
        <translation>API-Token erfolgreich hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="50"/>
        <source>&amp;Use the server&apos;s values</source>
        <translation>&amp;Werte des Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="57"/>
        <source>This token was changed by someone else. The server&apos;s current values are shown under each field that differs from yours. Save again to replace them with yours, or use the server&apos;s values.</source>
        <translation>Dieses Token wurde von jemand anderem geändert. Die aktuellen Werte des Servers stehen unter jedem Feld, das von Ihrer Eingabe abweicht. Speichern Sie erneut, um sie durch Ihre Werte zu ersetzen, oder übernehmen Sie die Werte des Servers.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="64"/>
        <source>This token was changed by someone else. Nothing was saved; what you typed is kept. Reload to see the current values.</source>
        <translation>Dieses Token wurde von jemand anderem geändert. Es wurde nichts gespeichert; Ihre Eingaben bleiben erhalten. Laden Sie neu, um die aktuellen Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="817"/>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="820"/>
        <source>On the server: %1</source>
        <translation>Auf dem Server: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="99"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="102"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="37"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="98"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="102"/>
        <source>no device key: cannot sign</source>
        <translation>kein Geräteschlüssel: kann nicht signieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="104"/>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="115"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="112"/>
        <source>a device of organization %1</source>
        <translation>ein Gerät der Organisation %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="114"/>
        <source>no longer registered</source>
        <translation>nicht mehr registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="197"/>
        <source>Any device (not bound)</source>
        <translation>Jedes Gerät (nicht gebunden)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="204"/>
        <source>Loading the organization&apos;s devices…</source>
        <translation>Geräte der Organisation werden geladen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="206"/>
        <source>Your token may not list devices (devices.list), so the devices are shown as they are and cannot be changed here.</source>
        <translation>Ihr Token darf keine Geräte auflisten (devices.list), daher werden die Geräte unverändert angezeigt und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="212"/>
        <source>The devices could not be listed: %1 Saving keeps the devices as they are.</source>
        <translation>Die Geräte konnten nicht aufgelistet werden: %1 Beim Speichern bleiben die Geräte unverändert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="217"/>
        <source>Enter the organization ID to pick its devices.</source>
        <translation>Geben Sie die Organisations-ID ein, um deren Geräte auszuwählen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="219"/>
        <source>No device of organization %1 is registered yet.</source>
        <translation>In der Organisation %1 ist noch kein Gerät registriert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="66"/>
        <source>the PC that enrolls</source>
        <translation>der PC, der sich registriert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="78"/>
        <source>The code works until %1: each PC&apos;s token must expire after that. Pick a later day, or make the code valid for less time.</source>
        <translation>Der Code gilt bis %1: Das Token jedes PCs muss danach ablaufen. Wählen Sie einen späteren Tag, oder verkürzen Sie die Gültigkeit des Codes.</translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="298"/>
        <source>Organization name</source>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="299"/>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="300"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="301"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="302"/>
        <source>Allowed endpoints</source>
        <translation>Erlaubte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="303"/>
        <source>Blocked endpoints</source>
        <translation>Gesperrte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="304"/>
        <source>Allowed IPs</source>
        <translation>Erlaubte IPs</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="305"/>
        <source>Blocked IPs</source>
        <translation>Gesperrte IPs</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="306"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="307"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="308"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="309"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="320"/>
        <source>No tokens match “%1”.</source>
        <translation>Keine Token entsprechen „%1“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="321"/>
        <source>No tokens yet — click Add token.</source>
        <translation>Noch keine Token – klicken Sie auf „Token hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="333"/>
        <source>Showing %1 of %2 tokens</source>
        <translation>%1 von %2 Token angezeigt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="335"/>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="336"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="507"/>
        <source>Not bound: the token works from any device (its IP lists permitting).</source>
        <translation>Nicht gebunden: Das Token funktioniert von jedem Gerät aus (sofern seine IP-Listen es zulassen).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="508"/>
        <source>Works only in requests signed by these devices:</source>
        <translation>Funktioniert nur in Anfragen, die von diesen Geräten signiert sind:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="169"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="171"/>
        <source>Any address</source>
        <translation>Jede Adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="170"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="172"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="182"/>
        <source>Edit (Enter), Suspend, Delete (Del), Regenerate key (in the context menu)</source>
        <extracomment>What the Action column&apos;s buttons do, for screen readers (the buttons are painted): an active token&apos;s row, then a suspended one&apos;s.</extracomment>
        <translation>Bearbeiten (Eingabetaste), Aussetzen, Löschen (Entf), Schlüssel neu generieren (im Kontextmenü)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="184"/>
        <source>Edit (Enter), Resume, Delete (Del), Regenerate key (in the context menu)</source>
        <translation>Bearbeiten (Eingabetaste), Reaktivieren, Löschen (Entf), Schlüssel neu generieren (im Kontextmenü)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="278"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="277"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="188"/>
        <source>Leaked</source>
        <translation>Kompromittiert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="190"/>
        <source>Active: the key works (its expiry and lists permitting).</source>
        <translation>Aktiv: Der Schlüssel funktioniert (sofern Ablaufdatum und Listen es zulassen).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="191"/>
        <source>Suspended by an administrator: the key does not work until the token is resumed.</source>
        <translation>Von einem Administrator ausgesetzt: Der Schlüssel funktioniert erst wieder, wenn das Token reaktiviert wird.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="193"/>
        <source>Suspended because its key was reported as leaked: regenerate the key before resuming the token.</source>
        <translation>Ausgesetzt, weil sein Schlüssel als kompromittiert gemeldet wurde: Generieren Sie den Schlüssel neu, bevor Sie das Token reaktivieren.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="197"/>
        <source>No name</source>
        <extracomment>A token made before tokens had names.</extracomment>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="275"/>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="276"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="282"/>
        <source>Unused %n days</source>
        <translation>
            <numerusform>%n Tag ungenutzt</numerusform>
            <numerusform>%n Tage ungenutzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="284"/>
        <source>Unrestricted</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="296"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="297"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="315"/>
        <source>No tokens match “%1” with the filters %2.</source>
        <translation>Keine Token entsprechen „%1“ mit den Filtern %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="318"/>
        <source>No tokens match the filters %1.</source>
        <translation>Keine Token entsprechen den Filtern %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="328"/>
        <source>Showing %1 of %2 matching tokens</source>
        <translation>%1 von %2 passenden Token angezeigt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="330"/>
        <source>1 token matches</source>
        <translation>1 Token passt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="331"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>%n Token passt</numerusform>
            <numerusform>%n Token passen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="369"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="456"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="372"/>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="375"/>
        <source>%1 (expires today)</source>
        <translation>%1 (läuft heute ab)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="377"/>
        <source>%1 (expires tomorrow)</source>
        <translation>%1 (läuft morgen ab)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="379"/>
        <source>%1 (expires in %n days)</source>
        <translation>
            <numerusform>%1 (läuft in %n Tag ab)</numerusform>
            <numerusform>%1 (läuft in %n Tagen ab)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="102"/>
        <source>%1 +%2 more</source>
        <extracomment>The &quot;Unused&quot; filter chip&apos;s number of days (DESIGN §11: &quot;Unused 90 days&quot;). Role under which ``data()`` hands out the row&apos;s ``Token`` itself. Each column&apos;s stable name (saved views refer to these; never translated).</extracomment>
        <translation>%1 +%2 weitere</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="165"/>
        <source>This is the token you are signed in with</source>
        <extracomment>The chips&apos; filter (its ``q`` unused: the search box&apos;s text is ``query``).</extracomment>
        <translation>Dies ist das Token, mit dem Sie angemeldet sind</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="167"/>
        <source>You</source>
        <extracomment>The badge before the signed-in token&apos;s organization name (keep it short).</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="176"/>
        <source>Any</source>
        <comment>devices</comment>
        <extracomment>A token bound to no device, in the Devices column (short, as &quot;All&quot; and &quot;None&quot; are in the list columns: the column is narrow).</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="177"/>
        <source>Any device</source>
        <translation>Jedes Gerät</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="295"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="389"/>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="390"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="421"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="426"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="458"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="474"/>
        <source>No allowed list: every endpoint not blocked may be called.</source>
        <translation>Keine Zulassungsliste: Jeder nicht gesperrte Endpunkt darf aufgerufen werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="477"/>
        <source>No allowed list: every address not blocked may use this token.</source>
        <translation>Keine Zulassungsliste: Jede nicht gesperrte Adresse darf dieses Token verwenden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="479"/>
        <source>Nothing is blocked.</source>
        <translation>Nichts ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="483"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="511"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="498"/>
        <source>Only the start of the key is kept; the whole key was shown once.</source>
        <translation>Nur der Anfang des Schlüssels wird gespeichert; der vollständige Schlüssel wurde einmalig angezeigt.</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="386"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="441"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="883"/>
        <source>API tokens</source>
        <extracomment>Pages read to find a token just added (its place in the sort is the server&apos;s): beyond that the list is long and the user searches for it. Where the grid&apos;s view state (hidden columns) is kept in grid.view.view_settings(). Tokens read per request of an export (the server&apos;s largest page). Failures listed one by one in a bulk action&apos;s summary; more are counted. The choices of &quot;Extend expiry…&quot;: days added to each token&apos;s expiry. The keys the search box keeps for itself although the page has them as shortcuts.</extracomment>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>&amp;Add token</source>
        <translation>&amp;Token hinzufügen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>Add an API token (Ctrl+N)</source>
        <translation>API-Token hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="392"/>
        <source>Create e&amp;nrollment code…</source>
        <translation>Registrierungs&amp;code erstellen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="393"/>
        <source>A code PCs enroll with: each gets its own token, bound to that PC</source>
        <translation>Ein Code, mit dem sich PCs registrieren: Jeder erhält ein eigenes Token, das an diesen PC gebunden ist</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>Edit the selected token (Enter)</source>
        <translation>Ausgewähltes Token bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="395"/>
        <source>&amp;Regenerate key…</source>
        <translation>Schlüssel ne&amp;u generieren…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="396"/>
        <source>Issue a new key for the selected token</source>
        <translation>Neuen Schlüssel für das ausgewählte Token ausstellen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="397"/>
        <source>Sus&amp;pend…</source>
        <translation>Auss&amp;etzen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="398"/>
        <source>Switch the selected token off without deleting it</source>
        <translation>Ausgewähltes Token vorübergehend abschalten, ohne es zu löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="399"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="400"/>
        <source>Switch the selected suspended token on again</source>
        <translation>Ausgewähltes ausgesetztes Token wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="401"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Load the list again (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Refre&amp;sh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="407"/>
        <source>Exp&amp;ort to CSV…</source>
        <translation>CSV-E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="408"/>
        <source>Save every token the filters and the search match to a CSV file</source>
        <translation>Alle Tokens, die den Filtern und der Suche entsprechen, in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="417"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Resume</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="421"/>
        <source>Show only:</source>
        <translation>Nur anzeigen:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="423"/>
        <source>E&amp;xpiring</source>
        <translation>Läu&amp;ft bald ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="424"/>
        <source>Tokens that expire soon (within the policy&apos;s warning period)</source>
        <translation>Tokens, die bald ablaufen (innerhalb der Warnfrist der Tokenrichtlinie)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Exp&amp;ired</source>
        <translation>Ab&amp;gelaufen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Tokens whose expiry has passed</source>
        <translation>Tokens, deren Ablaufdatum überschritten ist</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="426"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="427"/>
        <source>Tokens switched off by an administrator or as leaked</source>
        <translation>Tokens, die von einem Administrator oder als kompromittiert abgeschaltet wurden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="428"/>
        <source>Unused &amp;90 days</source>
        <translation>&amp;90 Tage ungenutzt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="429"/>
        <source>Tokens never used, or not used for 90 days</source>
        <translation>Tokens, die nie oder seit 90 Tagen nicht verwendet wurden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="430"/>
        <source>Unrestri&amp;cted</source>
        <translation>U&amp;neingeschränkt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="431"/>
        <source>Tokens that may call every endpoint from every address</source>
        <translation>Tokens, die jeden Endpunkt von jeder Adresse aus aufrufen dürfen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="437"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="438"/>
        <source>Search organization, ID or key…</source>
        <translation>Organisation, ID oder Schlüssel suchen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="439"/>
        <source>Search organization, ID or key (Ctrl+F)</source>
        <translation>Organisation, ID oder Schlüssel suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="440"/>
        <source>Search tokens</source>
        <translation>Token suchen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit this token (Enter)</source>
        <translation>Dieses Token bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="444"/>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="445"/>
        <source>Switch this token off without deleting it</source>
        <translation>Dieses Token vorübergehend abschalten, ohne es zu löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Switch this token on again</source>
        <translation>Dieses Token wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete this token (Del)</source>
        <translation>Dieses Token löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="448"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="898"/>
        <source>The token you are signed in with is selected too: it is left out. Select it alone to change it.</source>
        <translation>Das Token, mit dem Sie angemeldet sind, ist ebenfalls ausgewählt: Es wird ausgelassen. Wählen Sie es allein aus, um es zu ändern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="908"/>
        <source>Suspend API tokens</source>
        <translation>API-Tokens aussetzen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="909"/>
        <source>Programs that use their keys stop working until the tokens are resumed. Their settings and history are kept.</source>
        <translation>Programme, die ihre Schlüssel verwenden, funktionieren nicht mehr, bis die Tokens reaktiviert werden. Ihre Einstellungen und ihr Verlauf bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="911"/>
        <source>Suspend %n API tokens?</source>
        <translation>
            <numerusform>%n API-Token aussetzen?</numerusform>
            <numerusform>%n API-Tokens aussetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="924"/>
        <source>Resume API tokens</source>
        <translation>API-Tokens reaktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="925"/>
        <source>Programs that use their keys work again.</source>
        <translation>Programme, die ihre Schlüssel verwenden, funktionieren wieder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="928"/>
        <source>Resume %n API tokens?</source>
        <translation>
            <numerusform>%n API-Token reaktivieren?</numerusform>
            <numerusform>%n API-Tokens reaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="934"/>
        <source>%n of them were reported as leaked: whoever has a leaked key can use it again.</source>
        <translation>
            <numerusform>%n davon wurde als kompromittiert gemeldet: Wer einen kompromittierten Schlüssel besitzt, kann ihn wieder verwenden.</numerusform>
            <numerusform>%n davon wurden als kompromittiert gemeldet: Wer einen kompromittierten Schlüssel besitzt, kann ihn wieder verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="944"/>
        <source>Delete API tokens</source>
        <translation>API-Tokens löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="945"/>
        <source>Programs that use their keys stop working at once. This cannot be undone.</source>
        <translation>Programme, die ihre Schlüssel verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="947"/>
        <source>Delete %n API tokens?</source>
        <translation>
            <numerusform>%n API-Token löschen?</numerusform>
            <numerusform>%n API-Tokens löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="959"/>
        <source>There is nothing to change in the selection.</source>
        <translation>In der Auswahl gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="974"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1108"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="984"/>
        <source>%1 of %2 API tokens done…</source>
        <translation>%1 von %2 API-Tokens erledigt…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1006"/>
        <source>The token you are signed in with was left out.</source>
        <translation>Das Token, mit dem Sie angemeldet sind, wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1012"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1028"/>
        <source>ID %1, %2 (key %3…)</source>
        <translation>ID %1, %2 (Schlüssel %3…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1032"/>
        <source>%n API tokens changed.</source>
        <translation>
            <numerusform>%n API-Token geändert.</numerusform>
            <numerusform>%n API-Tokens geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1035"/>
        <source>%n API tokens could not be changed:</source>
        <translation>
            <numerusform>%n API-Token konnte nicht geändert werden:</numerusform>
            <numerusform>%n API-Tokens konnten nicht geändert werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1038"/>
        <source>%n API tokens were left as they are:</source>
        <translation>
            <numerusform>%n API-Token wurde unverändert gelassen:</numerusform>
            <numerusform>%n API-Tokens wurden unverändert gelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1041"/>
        <source>Cancelled: %n API tokens were not changed.</source>
        <translation>
            <numerusform>Abgebrochen: %n API-Token wurde nicht geändert.</numerusform>
            <numerusform>Abgebrochen: %n API-Tokens wurden nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1044"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1057"/>
        <source>Extend expiry</source>
        <translation>Gültigkeit verlängern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1058"/>
        <source>Extend the expiry of %n API tokens?</source>
        <translation>
            <numerusform>Die Gültigkeit von %n API-Token verlängern?</numerusform>
            <numerusform>Die Gültigkeit von %n API-Tokens verlängern?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1060"/>
        <source>Each token&apos;s expiry moves on from its current expiry (from today if it has passed). Tokens that never expire are left as they are.</source>
        <translation>Das Ablaufdatum jedes Tokens wird ab seinem aktuellen Ablaufdatum verschoben (ab heute, wenn es überschritten ist). Tokens, die nie ablaufen, bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1071"/>
        <source>it never expires</source>
        <translation>es läuft nie ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1073"/>
        <source>it already expires later</source>
        <translation>es läuft bereits später ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1094"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1106"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1129"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1142"/>
        <source>Export API tokens</source>
        <translation>API-Tokens exportieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1095"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1118"/>
        <source>Reading API tokens…</source>
        <translation>API-Tokens werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1119"/>
        <source>Read %1 of %2 API tokens…</source>
        <translation>%1 von %2 API-Tokens gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1134"/>
        <source>Exported %n API tokens to the file below.</source>
        <translation>
            <numerusform>%n API-Token in die unten genannte Datei exportiert.</numerusform>
            <numerusform>%n API-Tokens in die unten genannte Datei exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1137"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="626"/>
        <source>Search API tokens</source>
        <translation>API-Tokens durchsuchen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="627"/>
        <source>The search holds a whole API key. Searching by it would send the secret key to the server, which may keep it in its logs.</source>
        <translation>Die Suche enthält einen vollständigen API-Schlüssel. Eine Suche danach würde den geheimen Schlüssel an den Server senden, der ihn in seinen Protokollen speichern könnte.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="629"/>
        <source>Search by the key&apos;s first 12 characters, %1, instead?</source>
        <translation>Stattdessen nach den ersten 12 Zeichen des Schlüssels, %1, suchen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="780"/>
        <source>Suspend the API token of %1 (key %2…)?</source>
        <translation>API-Token von %1 (Schlüssel %2…) aussetzen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="784"/>
        <source>Suspend API token</source>
        <translation>API-Token aussetzen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="785"/>
        <source>Programs that use this key stop working until the token is resumed. Its settings and history are kept.</source>
        <translation>Programme, die diesen Schlüssel verwenden, funktionieren nicht mehr, bis das Token reaktiviert wird. Seine Einstellungen und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="798"/>
        <source>Suspend your own API token</source>
        <translation>Eigenes API-Token aussetzen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="799"/>
        <source>You are signed in with this token. If you suspend it, profile “%1” stops working, and you cannot resume it from here: another administrator has to.</source>
        <translation>Sie sind mit diesem Token angemeldet. Wenn Sie es aussetzen, funktioniert das Profil „%1“ nicht mehr, und Sie können das Token nicht von hier aus reaktivieren: Das muss ein anderer Administrator tun.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="802"/>
        <source>Suspend the token you are signed in with?</source>
        <translation>Das Token aussetzen, mit dem Sie angemeldet sind?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="815"/>
        <source>Resume API token</source>
        <translation>API-Token reaktivieren</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="818"/>
        <source>Whoever has the leaked key can use it again. Regenerate the key to make it useless.</source>
        <translation>Wer den kompromittierten Schlüssel besitzt, kann ihn dann wieder verwenden. Generieren Sie den Schlüssel neu, um ihn unbrauchbar zu machen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="843"/>
        <source>Delete the API token of %1 (key %2…)?</source>
        <translation>API-Token von %1 (Schlüssel %2…) löschen?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="783"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="846"/>
        <source>This is the token you are signed in with.</source>
        <translation>Dies ist das Token, mit dem Sie angemeldet sind.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="402"/>
        <source>Delete the selected tokens (Del)</source>
        <translation>Ausgewählte Tokens löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="404"/>
        <source>Extend expir&amp;y…</source>
        <translation>Gültigkeit &amp;verlängern…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="405"/>
        <source>Move the expiry of the selected tokens later</source>
        <translation>Ablaufdatum der ausgewählten Tokens nach hinten verschieben</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="449"/>
        <source>More actions: Regenerate key…, Extend expiry…</source>
        <translation>Weitere Aktionen: Schlüssel neu generieren…, Gültigkeit verlängern…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="816"/>
        <source>The key %2… of %1 was reported as leaked. Resume the token anyway?</source>
        <translation>Der Schlüssel %2… von %1 wurde als kompromittiert gemeldet. Das Token trotzdem reaktivieren?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="847"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>Delete API token</source>
        <translation>API-Token löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="848"/>
        <source>Programs that use this key stop working at once. This cannot be undone.</source>
        <translation>Programme, die diesen Schlüssel verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="863"/>
        <source>Delete your own API token</source>
        <translation>Eigenes API-Token löschen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="864"/>
        <source>You are signed in with this token. If you delete it, you will be signed out: profile “%1” stops working until it gets a new API token.</source>
        <translation>Sie sind mit diesem Token angemeldet. Wenn Sie es löschen, werden Sie abgemeldet: Das Profil „%1“ funktioniert erst wieder, wenn es ein neues API-Token erhält.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="867"/>
        <source>Delete the token you are signed in with?</source>
        <translation>Das Token löschen, mit dem Sie angemeldet sind?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>API Token is Deleted</source>
        <translation>API-Token wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="171"/>
        <source>Compliance Client</source>
        <extracomment>How often the expiry is looked at again while nothing else happens. How long a notification stays up (the system may cap it). (title, message) of every notification, as shown.</extracomment>
        <translation>Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="172"/>
        <source>Compliance Client keeps running in the notification area. To quit it, choose Quit in its icon&apos;s menu.</source>
        <translation>Compliance Client wird im Infobereich weiter ausgeführt. Zum Beenden wählen Sie im Menü des Symbols „Beenden“.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="179"/>
        <source>&amp;Open Compliance Client</source>
        <translation>Compliance Client ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="184"/>
        <source>Compliance Client: %1</source>
        <translation>Compliance Client: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/tray.py" line="197"/>
        <source>Your API token expires in %n days.</source>
        <translation>
            <numerusform>Ihr API-Token läuft in %n Tag ab.</numerusform>
            <numerusform>Ihr API-Token läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="218"/>
        <source>Device ID disabled</source>
        <translation>Geräte-ID deaktiviert</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="219"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>Die Geräte-ID dieses PCs ist auf dem Server deaktiviert. Ein Administrator kann sie aktivieren.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="222"/>
        <source>API token suspended</source>
        <translation>API-Token ausgesetzt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="223"/>
        <source>Your API token is suspended. Ask your administrator to resume it.</source>
        <translation>Ihr API-Token ist ausgesetzt. Bitten Sie Ihren Administrator, es zu reaktivieren.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="240"/>
        <source>API token expires soon</source>
        <translation>API-Token läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="241"/>
        <source>Ask your administrator to extend it.</source>
        <translation>Bitten Sie Ihren Administrator, es zu verlängern.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="254"/>
        <source>API token expired</source>
        <translation>API-Token abgelaufen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="255"/>
        <source>Your API token has expired. Ask your administrator to extend it or to issue a new one.</source>
        <translation>Ihr API-Token ist abgelaufen. Bitten Sie Ihren Administrator, es zu verlängern oder ein neues auszustellen.</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="126"/>
        <source>%1: %2 allowed, %3 denied</source>
        <extracomment>A day label under every 7th bar, the newest day always labelled. How many ticks the y-axis aims for (the round step decides the exact number).</extracomment>
        <translation>%1: %2 erlaubt, %3 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="134"/>
        <source>Last %Ln days: %1 allowed, %2 denied</source>
        <translation>
            <numerusform>Letzter %Ln Tag: %1 erlaubt, %2 abgelehnt</numerusform>
            <numerusform>Letzte %Ln Tage: %1 erlaubt, %2 abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="139"/>
        <source>%1; busiest day %2 (%Ln requests)</source>
        <translation>
            <numerusform>%1; Spitzentag %2 (%Ln Anfrage)</numerusform>
            <numerusform>%1; Spitzentag %2 (%Ln Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="144"/>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="280"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="281"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="192"/>
        <source>Choose a token to see how it was used.</source>
        <extracomment>The window the panel shows (the contract&apos;s default).</extracomment>
        <translation>Wählen Sie ein Token aus, um seine Nutzung zu sehen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="194"/>
        <source>Your API token may not read how tokens are used.</source>
        <translation>Ihr API-Token darf die Nutzung von Tokens nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="196"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="200"/>
        <source>Not used in the last %n days.</source>
        <translation>
            <numerusform>Am letzten %n Tag nicht verwendet.</numerusform>
            <numerusform>In den letzten %n Tagen nicht verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="206"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="208"/>
        <source>Usage of %1 (token %2)</source>
        <translation>Nutzung von %1 (Token %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="215"/>
        <source>Last %n days: %1 allowed, %2 denied.</source>
        <translation>
            <numerusform>Letzter %n Tag: %1 erlaubt, %2 abgelehnt.</numerusform>
            <numerusform>Letzte %n Tage: %1 erlaubt, %2 abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="258"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="261"/>
        <source>Last addresses</source>
        <translation>Letzte Adressen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="262"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="264"/>
        <source>Endpoints called</source>
        <translation>Aufgerufene Endpunkte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="265"/>
        <source>Counts may lag behind by up to 10 seconds.</source>
        <translation>Die Zahlen können bis zu 10 Sekunden verzögert sein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="266"/>
        <source>Loading usage</source>
        <translation>Nutzung wird geladen</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="14"/>
        <source>The server does not know this API token. It may have been deleted or regenerated; ask your administrator for a new one.</source>
        <translation>Der Server kennt dieses API-Token nicht. Möglicherweise wurde es gelöscht oder neu generiert; bitten Sie Ihren Administrator um ein neues.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="19"/>
        <source>This token expired on {expires_at}. Ask your administrator to extend it or issue a new one.</source>
        <translation>Dieses Token ist am {expires_at} abgelaufen. Bitten Sie Ihren Administrator, es zu verlängern oder ein neues auszustellen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="24"/>
        <source>This API token is suspended: an administrator switched it off, or its key was reported as leaked. Ask your administrator to resume it or to issue a new one.</source>
        <translation>Dieses API-Token ist ausgesetzt: Ein Administrator hat es abgeschaltet, oder sein Schlüssel wurde als kompromittiert gemeldet. Bitten Sie Ihren Administrator, es zu reaktivieren oder ein neues auszustellen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="29"/>
        <source>This token is blocked for your address {address}.</source>
        <translation>Dieses Token ist für Ihre Adresse {address} gesperrt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="30"/>
        <source>This token may not be used from your address {address}.</source>
        <translation>Dieses Token darf nicht von Ihrer Adresse {address} aus verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="33"/>
        <source>This token is blocked from {endpoint}.</source>
        <translation>Dieses Token ist für {endpoint} gesperrt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="34"/>
        <source>This token is not allowed to use {endpoint}.</source>
        <translation>Dieses Token darf {endpoint} nicht aufrufen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="37"/>
        <source>A token may not reach further than your own: {detail}</source>
        <translation>Ein Token darf nicht weiter reichen als Ihr eigenes: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="40"/>
        <source>It no longer exists on the server; someone may have deleted it.</source>
        <translation>Es ist auf dem Server nicht mehr vorhanden; möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="43"/>
        <source>This token was changed by someone else.</source>
        <translation>Dieses Token wurde von jemand anderem geändert.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="44"/>
        <source>The server refused a change without a version check.</source>
        <translation>Der Server hat eine Änderung ohne Versionsprüfung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="47"/>
        <source>The server refused some fields: {detail}</source>
        <translation>Der Server hat einige Felder abgelehnt: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="48"/>
        <source>The token policy forbids this: {detail}</source>
        <translation>Die Tokenrichtlinie lässt dies nicht zu: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="51"/>
        <source>This is the last administrator token: deleting or restricting it would leave nobody able to manage tokens. Create another administrator token first.</source>
        <translation>Dies ist das letzte Administrator-Token: Wenn Sie es löschen oder einschränken, kann niemand mehr Tokens verwalten. Erstellen Sie zuerst ein weiteres Administrator-Token.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="56"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>Die Geräte-ID dieses PCs ist auf dem Server deaktiviert. Ein Administrator kann sie aktivieren.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="60"/>
        <source>This API token is bound to other devices and cannot be used on this PC. Ask your administrator for a token for this PC.</source>
        <translation>Dieses API-Token ist an andere Geräte gebunden und kann auf diesem PC nicht verwendet werden. Bitten Sie Ihren Administrator um ein Token für diesen PC.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="65"/>
        <source>The server did not accept this PC&apos;s device proof. Check that this PC&apos;s date and time are right, then try again.</source>
        <translation>Der Server hat den Gerätenachweis dieses PCs nicht akzeptiert. Prüfen Sie, ob Datum und Uhrzeit dieses PCs stimmen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="70"/>
        <source>This API token is bound to devices, and this PC&apos;s keyring holds no device key to prove which device it is. Register this PC on the This device page, or ask your administrator.</source>
        <translation>Dieses API-Token ist an Geräte gebunden, und der Schlüsselbund dieses PCs enthält keinen Geräteschlüssel, mit dem er nachweisen kann, welches Gerät er ist. Registrieren Sie diesen PC auf der Seite „Dieses Gerät“, oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="76"/>
        <source>The server knows this PC&apos;s device ID with another device key: the key in this PC&apos;s keyring is missing or different. An administrator can delete this device ID on the server so that this PC can register again.</source>
        <translation>Der Server kennt die Geräte-ID dieses PCs mit einem anderen Geräteschlüssel: Der Schlüssel im Schlüsselbund dieses PCs fehlt oder ist ein anderer. Ein Administrator kann diese Geräte-ID auf dem Server löschen, damit sich dieser PC erneut registrieren kann.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="82"/>
        <source>A token is bound to this device, so it cannot be deleted. Unbind it from those tokens first.</source>
        <translation>An dieses Gerät ist ein Token gebunden, daher kann es nicht gelöscht werden. Heben Sie zuerst seine Bindung an diese Tokens auf.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="87"/>
        <source>The server does not accept this enrollment code: it is unknown, used up or expired. Ask your administrator for a new one.</source>
        <translation>Der Server akzeptiert diesen Registrierungscode nicht: Er ist unbekannt, aufgebraucht oder abgelaufen. Bitten Sie Ihren Administrator um einen neuen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="92"/>
        <source>The request is too large for the server at {url}. Send fewer entries at once.</source>
        <translation>Die Anfrage ist für den Server unter {url} zu groß. Senden Sie weniger Einträge auf einmal.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="96"/>
        <source>The search holds a whole API key, so it was not sent to the server. Search by the key&apos;s first 12 characters, {prefix}, instead.</source>
        <translation>Die Suche enthält einen vollständigen API-Schlüssel und wurde deshalb nicht an den Server gesendet. Suchen Sie stattdessen nach den ersten 12 Zeichen des Schlüssels, {prefix}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="101"/>
        <source>Too many failed sign-ins from your address. Try again in {retry_after} seconds.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche von Ihrer Adresse. Versuchen Sie es in {retry_after} Sekunden erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="105"/>
        <source>The server at {url} is temporarily unavailable. Try again in a minute.</source>
        <translation>Der Server unter {url} ist vorübergehend nicht verfügbar. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="108"/>
        <source>The server at {url} had an internal error. Try again; if it persists, tell the server&apos;s administrator.</source>
        <translation>Beim Server unter {url} ist ein interner Fehler aufgetreten. Versuchen Sie es erneut; wenn das Problem weiterhin besteht, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="113"/>
        <source>The server at {url} refused the connection. Is the URL right and the server running?</source>
        <translation>Der Server unter {url} hat die Verbindung abgelehnt. Ist die URL richtig, und läuft der Server?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="117"/>
        <source>The server at {url} did not answer in time. Check your network and try again.</source>
        <translation>Der Server unter {url} hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="121"/>
        <source>The server at {url} presented a certificate this PC does not trust. Check the URL, or set the organization&apos;s CA bundle in the profile.</source>
        <translation>Der Server unter {url} hat ein Zertifikat vorgelegt, dem dieser PC nicht vertraut. Prüfen Sie die URL, oder legen Sie im Profil das CA-Bundle der Organisation fest.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="127"/>
        <source>The server at {url} answered with something that is not a Compliance token server. Is the URL right?</source>
        <translation>Der Server unter {url} hat eine Antwort gesendet, die nicht von einem Compliance-Token-Server stammt. Ist die URL richtig?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="132"/>
        <source>The server at {url} answered unexpectedly ({detail}).</source>
        <translation>Der Server unter {url} hat unerwartet geantwortet ({detail}).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="135"/>
        <source>Plain http:// is only allowed for this computer&apos;s own addresses. Use https:// for {url}.</source>
        <translation>Einfaches http:// ist nur für die eigenen Adressen dieses Computers zulässig. Verwenden Sie https:// für {url}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="139"/>
        <source>The server URL is not valid. Enter it like https://compliance.example.com.</source>
        <translation>Die Server-URL ist ungültig. Geben Sie sie in der Form https://compliance.example.com ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="142"/>
        <source>The server at {url} redirected to an address the API token must not be sent to. Check the server URL.</source>
        <translation>Der Server unter {url} hat an eine Adresse weitergeleitet, an die das API-Token nicht gesendet werden darf. Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="147"/>
        <source>No secure keyring is available on this PC, so the API token could not be kept safely. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>Auf diesem PC ist kein sicherer Schlüsselbund verfügbar, daher konnte das API-Token nicht sicher aufbewahrt werden. Installieren oder entsperren Sie den Schlüsselbund Ihres Systems (Windows Credential Manager, GNOME Keyring, KWallet), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="154"/>
        <source>No secure keyring is available on this PC, so its device key could not be kept. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>Auf diesem PC ist kein sicherer Schlüsselbund verfügbar, daher konnte sein Geräteschlüssel nicht aufbewahrt werden. Installieren oder entsperren Sie den Schlüsselbund Ihres Systems (Windows Credential Manager, GNOME Keyring, KWallet), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="160"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed, so this PC&apos;s device key could not be used. Unlock the keyring and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, oder die Aufforderung zum Entsperren wurde geschlossen, daher konnte der Geräteschlüssel dieses PCs nicht verwendet werden. Entsperren Sie den Schlüsselbund, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="165"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed. Unlock the keyring and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, oder die Aufforderung zum Entsperren wurde geschlossen. Entsperren Sie den Schlüsselbund, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="170"/>
        <source>This API token is too long for Windows Credential Manager (at most 2,560 bytes). Check that you pasted only the token.</source>
        <translation>Dieses API-Token ist zu lang für Windows Credential Manager (höchstens 2.560 Byte). Prüfen Sie, ob Sie nur das Token eingefügt haben.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="175"/>
        <source>The system keyring reported an error. Try again; if it persists, restart the keyring service or this PC.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut; wenn das Problem weiterhin besteht, starten Sie den Schlüsselbunddienst oder diesen PC neu.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="180"/>
        <source>The profile file could not be read, so the app starts without a profile. The old file was kept as {moved_to}. Set up your profile again, or ask your support team to recover it from that file.</source>
        <translation>Die Profildatei konnte nicht gelesen werden, daher startet die App ohne Profil. Die alte Datei wurde als {moved_to} aufbewahrt. Richten Sie Ihr Profil erneut ein, oder bitten Sie Ihr Supportteam, es aus dieser Datei wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="187"/>
        <source>The profile could not be saved to {path}; the previous profile file is unchanged. Free some disk space or check the folder&apos;s permissions, then save again.</source>
        <translation>Das Profil konnte nicht unter {path} gespeichert werden; die bisherige Profildatei ist unverändert. Geben Sie Speicherplatz frei, oder prüfen Sie die Berechtigungen des Ordners, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="193"/>
        <source>This PC&apos;s device ID could not be read or created. Check that the app may write to its data folder.</source>
        <translation>Die Geräte-ID dieses PCs konnte nicht gelesen oder erstellt werden. Prüfen Sie, ob die App in ihren Datenordner schreiben darf.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="198"/>
        <source>No profile is set up yet. Fill in the profile first.</source>
        <translation>Es ist noch kein Profil eingerichtet. Füllen Sie zuerst das Profil aus.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="201"/>
        <source>This profile has no API token. Enter one in the profile.</source>
        <translation>Dieses Profil hat kein API-Token. Geben Sie eines im Profil ein.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="218"/>
        <source>Something went wrong.</source>
        <translation>Ein Fehler ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="124"/>
        <source>&amp;Yes</source>
        <extracomment>What a title bar takes besides its text, in logical pixels: room for a close button on both sides (46 pixels on Windows 10/11; a title centred in the bar, as GNOME draws it, needs the same room on the side without buttons) and for the window icon&apos;s margins. The fonts a title may be drawn in: the platform&apos;s title bar font (Windows: the caption font), the one QMessageBox measures with, and the box&apos;s own; the widest counts.</extracomment>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="125"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="137"/>
        <location filename="../../compliance_client/ui/messages.py" line="144"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
