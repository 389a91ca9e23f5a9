<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="142"/>
        <source>About Compliance Client</source>
        <translation>À propos de Compliance Client</translation>
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
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="151"/>
        <source>Settings folder</source>
        <translation>Dossier des paramètres</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="152"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="153"/>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="157"/>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="160"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="175"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostics copiés dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="68"/>
        <source>name</source>
        <extracomment>Wait this long after the last key in the token field before asking the server. Entries per request of an export (the server&apos;s largest page).</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="69"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="70"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="71"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="72"/>
        <source>old key works until</source>
        <translation>validité de l&apos;ancienne clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="73"/>
        <source>grace period</source>
        <translation>délai de grâce</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="74"/>
        <source>created by</source>
        <translation>créé par</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="75"/>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="76"/>
        <source>maximum lifetime (days)</source>
        <translation>durée de vie maximale (jours)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="77"/>
        <source>expire date required</source>
        <translation>date d&apos;expiration obligatoire</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="78"/>
        <source>IP restriction required</source>
        <translation>restriction d&apos;IP obligatoire</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="79"/>
        <source>default lifetime (days)</source>
        <translation>durée de vie par défaut (jours)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="80"/>
        <source>warning before expiry (days)</source>
        <translation>avertissement avant expiration (jours)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="81"/>
        <source>organization name</source>
        <translation>nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="82"/>
        <source>organization ID</source>
        <translation>identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="83"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="84"/>
        <source>allowed endpoints</source>
        <translation>points de terminaison autorisés</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="85"/>
        <source>blocked endpoints</source>
        <translation>points de terminaison bloqués</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="86"/>
        <source>allowed IPs</source>
        <translation>IP autorisées</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="87"/>
        <source>blocked IPs</source>
        <translation>IP bloquées</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="88"/>
        <source>expiry</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="89"/>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="90"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="91"/>
        <source>host name</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="92"/>
        <source>profile name</source>
        <translation>nom du profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="99"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="100"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="101"/>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="102"/>
        <source>by an administrator</source>
        <translation>par un administrateur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="103"/>
        <source>key reported as leaked</source>
        <translation>clé signalée comme compromise</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="104"/>
        <source>all organizations</source>
        <translation>toutes les organisations</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="105"/>
        <source>own organization</source>
        <translation>sa propre organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="110"/>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="122"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="125"/>
        <source> +%1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="148"/>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="163"/>
        <source>Added API token %1</source>
        <translation>Jeton d&apos;API %1 ajouté</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="164"/>
        <source>Changed API token %1</source>
        <translation>Jeton d&apos;API %1 modifié</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="165"/>
        <source>Regenerated the key of API token %1</source>
        <translation>Clé du jeton d&apos;API %1 régénérée</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="166"/>
        <source>Deleted API token %1</source>
        <translation>Jeton d&apos;API %1 supprimé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="167"/>
        <source>Registered device %1</source>
        <translation>Appareil %1 inscrit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="168"/>
        <source>Disabled device %1</source>
        <translation>Appareil %1 désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="169"/>
        <source>Enabled device %1</source>
        <translation>Appareil %1 activé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="170"/>
        <source>Suspended API token %1</source>
        <translation>Jeton d&apos;API %1 suspendu</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="171"/>
        <source>Resumed API token %1</source>
        <translation>Jeton d&apos;API %1 réactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="172"/>
        <source>API token %1 rotated its own key</source>
        <translation>Le jeton d&apos;API %1 a renouvelé sa propre clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="173"/>
        <source>Suspended API token %1 after a leaked-key report</source>
        <translation>Jeton d&apos;API %1 suspendu après le signalement d&apos;une clé compromise</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="175"/>
        <source>Changed the token policy</source>
        <translation>Stratégie des jetons modifiée</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>When</source>
        <extracomment>What the server is asked for. Frozen: a worker reads it while the GUI thread may put a new one here, and a change reloads, so an answer for the old one is dropped.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>From where</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="239"/>
        <source>No entries match the filters.</source>
        <translation>Aucune entrée ne correspond aux filtres.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="240"/>
        <source>The audit log is empty.</source>
        <translation>Le journal d&apos;audit est vide.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="245"/>
        <source>Showing %1 of %2 entries</source>
        <translation>%1 entrées affichées sur %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="247"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="253"/>
        <source>A report of a leaked key</source>
        <translation>Signalement d&apos;une clé compromise</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="255"/>
        <source>Server administrator (on the server)</source>
        <translation>Administrateur du serveur (sur le serveur)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="257"/>
        <source>%1… (token %2)</source>
        <translation>%1… (jeton %2)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="258"/>
        <source>Token %1</source>
        <translation>Jeton %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="143"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="263"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="465"/>
        <source>Type a date like %1, or pick one from the calendar.</source>
        <extracomment>The token a key prefix named (None: the field holds no prefix, or it named none). The export under way (None: none), and where the last one went with how many entries it held.</extracomment>
        <translation>Saisissez une date comme %1, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="469"/>
        <source>The from date is after the to date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="502"/>
        <source>Your API token may not list tokens, so a key cannot be looked up: type the token&apos;s ID.</source>
        <translation>Votre jeton d&apos;API ne peut pas lister les jetons&#xa0;: une clé ne peut donc pas être recherchée. Saisissez l&apos;identifiant du jeton.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="520"/>
        <source>No token&apos;s key starts with %1.</source>
        <translation>Aucune clé de jeton ne commence par %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="524"/>
        <source>The keys of %n tokens start with this: type more of the key, or the token&apos;s ID.</source>
        <translation>
            <numerusform>La clé de %n jeton commence ainsi&#xa0;: saisissez une plus grande partie de la clé, ou l&apos;identifiant du jeton.</numerusform>
            <numerusform>Les clés de %n jetons commencent ainsi&#xa0;: saisissez une plus grande partie de la clé, ou l&apos;identifiant du jeton.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="552"/>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="564"/>
        <source>audit-log</source>
        <translation>journal-audit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="584"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="602"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="609"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="580"/>
        <source>%1 of %2 entries</source>
        <translation>%1 entrées sur %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="585"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="603"/>
        <source>%n entries were written.</source>
        <translation>
            <numerusform>%n entrée a été écrite.</numerusform>
            <numerusform>%n entrées ont été écrites.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="608"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="614"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="620"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="615"/>
        <source>Refre&amp;sh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="616"/>
        <source>Load the log again (F5)</source>
        <translation>Recharger le journal (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="617"/>
        <source>&amp;Export to CSV…</source>
        <translation>Exp&amp;orter en CSV…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="619"/>
        <source>Write every entry the filters show to a CSV file</source>
        <translation>Écrire dans un fichier CSV toutes les entrées affichées par les filtres</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="621"/>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="622"/>
        <source>ID or key prefix</source>
        <translation>ID ou début de clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="624"/>
        <source>Entries by or about one token: its ID, or the start of its key</source>
        <translation>Entrées émises par un jeton ou le concernant&#xa0;: son identifiant, ou le début de sa clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="625"/>
        <source>Token ID or key prefix</source>
        <translation>ID du jeton ou début de clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="626"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="627"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="629"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="630"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="631"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="632"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="633"/>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="60"/>
        <source>Hide the code</source>
        <translation>Masquer le code</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="61"/>
        <source>Show the code</source>
        <translation>Afficher le code</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="154"/>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="155"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Ouvrir le calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="220"/>
        <source>Disable device ID</source>
        <extracomment>Thumbprint of the device key in this PC&apos;s keyring (None: none there).</extracomment>
        <translation>Désactiver l&apos;identifiant d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="221"/>
        <source>Disable the device ID of this PC?</source>
        <translation>Désactiver l&apos;identifiant d&apos;appareil de ce PC ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="222"/>
        <source>This PC will no longer be accepted by the compliance server until an administrator enables it again.</source>
        <translation>Ce PC ne sera plus accepté par le serveur de conformité tant qu&apos;un administrateur ne l&apos;aura pas réactivé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="270"/>
        <source>Device registered</source>
        <translation>Appareil inscrit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="271"/>
        <source>This PC is registered with the compliance server.</source>
        <translation>Ce PC est inscrit auprès du serveur de conformité.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="275"/>
        <source>Device ID disabled</source>
        <translation>Identifiant d&apos;appareil désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="276"/>
        <source>Device ID disabled. This PC is no longer accepted by the compliance server until an administrator enables it again.</source>
        <translation>Identifiant d&apos;appareil désactivé. Ce PC n&apos;est plus accepté par le serveur de conformité tant qu&apos;un administrateur ne l&apos;a pas réactivé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="284"/>
        <source>Device ID enabled</source>
        <translation>Identifiant d&apos;appareil activé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="285"/>
        <source>Device ID enabled. The compliance server accepts this PC again.</source>
        <translation>Identifiant d&apos;appareil activé. Le serveur de conformité accepte de nouveau ce PC.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="326"/>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="328"/>
        <source>The compliance server knows this PC by its device ID. If this PC is lost or handed on, disable its device ID so the server no longer accepts it.</source>
        <translation>Le serveur de conformité reconnaît ce PC à son identifiant d&apos;appareil. Si ce PC est perdu ou cédé, désactivez son identifiant d&apos;appareil pour que le serveur ne l&apos;accepte plus.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="330"/>
        <source>Device ID:</source>
        <translation>Identifiant d&apos;appareil :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="331"/>
        <source>Host name:</source>
        <translation>Nom d&apos;hôte :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="332"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="333"/>
        <source>Device key:</source>
        <translation>Clé d&apos;appareil :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="334"/>
        <source>Registered:</source>
        <translation>Inscrit :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="335"/>
        <source>Last seen:</source>
        <translation>Dernière activité :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="336"/>
        <source>Disabled:</source>
        <translation>Désactivé :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="337"/>
        <source>On the compliance server</source>
        <translation>Sur le serveur de conformité</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="338"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="339"/>
        <source>Copy the device ID</source>
        <translation>Copier l&apos;identifiant d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="340"/>
        <source>Device ID</source>
        <translation>Identifiant d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="341"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="342"/>
        <source>Status on the server</source>
        <translation>État sur le serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="343"/>
        <source>Device key on the server</source>
        <translation>Clé d&apos;appareil sur le serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="344"/>
        <source>About the device key</source>
        <translation>À propos de la clé d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="345"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="346"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="347"/>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="401"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="348"/>
        <source>Asking the server</source>
        <translation>Interrogation du serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="349"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="350"/>
        <source>&amp;Register this PC</source>
        <translation>&amp;Inscrire ce PC</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="351"/>
        <source>&amp;Disable device ID…</source>
        <translation>&amp;Désactiver l&apos;identifiant d&apos;appareil…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="352"/>
        <source>&amp;Enable device ID</source>
        <translation>Acti&amp;ver l&apos;identifiant d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="353"/>
        <source>Refre&amp;sh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="387"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="396"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="397"/>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="399"/>
        <source>Not registered: the server does not know this PC yet.</source>
        <translation>Non inscrit : le serveur ne connaît pas encore ce PC.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="400"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="440"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="444"/>
        <source>The server has no device key for this PC, so it cannot tell this PC&apos;s requests from others made with the same token. Register this PC to add its key.</source>
        <translation>Le serveur n&apos;a aucune clé d&apos;appareil pour ce PC : il ne peut donc pas distinguer les requêtes de ce PC des autres requêtes faites avec le même jeton. Inscrivez ce PC pour ajouter sa clé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="448"/>
        <source>This PC&apos;s keyring holds this key: every request is signed with it.</source>
        <translation>Le trousseau de clés de ce PC contient cette clé : toutes les requêtes sont signées avec elle.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="451"/>
        <source>This PC&apos;s keyring does not hold this key, so its requests are not signed, and tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with a new key.</source>
        <translation>Le trousseau de clés de ce PC ne contient pas cette clé : ses requêtes ne sont donc pas signées, et les jetons liés à ce PC sont refusés. Un administrateur peut supprimer cet identifiant d&apos;appareil sur le serveur afin que ce PC puisse s&apos;inscrire à nouveau avec une nouvelle clé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="456"/>
        <source>This PC&apos;s keyring holds a different key, so tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with its key.</source>
        <translation>Le trousseau de clés de ce PC contient une autre clé : les jetons liés à ce PC sont donc refusés. Un administrateur peut supprimer cet identifiant d&apos;appareil sur le serveur afin que ce PC puisse s&apos;inscrire à nouveau avec sa clé.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="159"/>
        <source>Enroll with a code</source>
        <translation>Enrôler avec un code</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="161"/>
        <source>Enter the enrollment code your administrator gave you. This PC then gets an API token of its own, kept in the system keyring: there is no key to paste.</source>
        <translation>Entrez le code d&apos;enrôlement fourni par votre administrateur. Ce PC obtient alors son propre jeton d&apos;API, conservé dans le trousseau de clés du système&#xa0;: aucune clé n&apos;est à coller.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="163"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="164"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="166"/>
        <source>Enrollment &amp;code:</source>
        <translation>&amp;Code d&apos;enrôlement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="167"/>
        <source>Enrollment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="168"/>
        <source>Paste the code (cce_…)</source>
        <translation>Collez le code (cce_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="169"/>
        <source>Set by your organization</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="170"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>Votre organisation a défini cette valeur pour ce PC&#xa0;; elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="176"/>
        <source>Enrolling this PC</source>
        <translation>Enrôlement de ce PC en cours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="180"/>
        <source>Enrolling…</source>
        <translation>Enrôlement…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="181"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Enrôler</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="182"/>
        <source>Enroll</source>
        <translation>Enrôler</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="282"/>
        <source>Nothing was sent to the server: the code can still be used once the keyring works.</source>
        <translation>Rien n&apos;a été envoyé au serveur&#xa0;: le code pourra encore être utilisé une fois le trousseau de clés opérationnel.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodeDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="233"/>
        <source>New enrollment code</source>
        <translation>Nouveau code d&apos;enrôlement</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="235"/>
        <source>Give this code to the PCs that are to enroll: put it in the EnrollmentCode policy, or enter it in Profile &gt; Enroll with a code. It is shown only this once.</source>
        <translation>Transmettez ce code aux PC à enrôler&#xa0;: indiquez-le dans la stratégie EnrollmentCode, ou saisissez-le dans Profil &gt; Enrôler avec un code. Il n&apos;est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="237"/>
        <source>You won&apos;t see this code again.</source>
        <translation>Vous ne reverrez plus ce code.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="238"/>
        <source>Enrollment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="244"/>
        <source>QR code of the enrollment code</source>
        <translation>Code QR du code d&apos;enrôlement</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="246"/>
        <source>The same code as above, to scan with a phone or a tablet.</source>
        <translation>Le même code que ci-dessus, à scanner avec un téléphone ou une tablette.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/key_dialog.py" line="250"/>
        <source>Valid until %1 for %n enrollments.</source>
        <translation>
            <numerusform>Valable jusqu&apos;au %1 pour %n enrôlement.</numerusform>
            <numerusform>Valable jusqu&apos;au %1 pour %n enrôlements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="53"/>
        <source>Create enrollment code</source>
        <translation>Créer un code d&apos;enrôlement</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="57"/>
        <source>C&amp;reate code</source>
        <translation>&amp;Créer le code</translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="101"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendChoice</name>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1164"/>
        <source>Until &amp;date:</source>
        <translation>Jusqu&apos;à la &amp;date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1166"/>
        <source>New expiry date</source>
        <translation>Nouvelle date d&apos;expiration</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1177"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="173"/>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="177"/>
        <source>This is the new API key for %1. The old key keeps working until %2. Copy the new key now and give it to the programs that use it before then.</source>
        <translation>Voici la nouvelle clé d&apos;API de %1. L&apos;ancienne clé fonctionne encore jusqu&apos;au %2. Copiez la nouvelle clé dès maintenant et transmettez-la d&apos;ici là aux programmes qui l&apos;utilisent.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="182"/>
        <source>This is the new API key for %1. The old key no longer works. Copy the new key now and give it to the programs that use it.</source>
        <translation>Voici la nouvelle clé d&apos;API de %1. L&apos;ancienne clé ne fonctionne plus. Copiez la nouvelle clé dès maintenant et transmettez-la aux programmes qui l&apos;utilisent.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="187"/>
        <source>This is the API key for %1. Copy it now and keep it somewhere safe.</source>
        <translation>Voici la clé d&apos;API de %1. Copiez-la dès maintenant et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="190"/>
        <source>You won&apos;t see this key again.</source>
        <translation>Vous ne reverrez plus cette clé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="191"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="163"/>
        <source>&amp;Copy</source>
        <extracomment>After a regenerate with a grace period: until when the replaced key works.</extracomment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="166"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Clé copiée. Le Presse-papiers sera vidé dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="168"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="266"/>
        <source>None (stops at once)</source>
        <translation>Aucun (arrêt immédiat)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="307"/>
        <source>&amp;Grace period for the old key:</source>
        <translation>&amp;Délai de grâce de l&apos;ancienne clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="267"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="268"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="269"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="270"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="279"/>
        <source>The old key keeps working until about %1. Give the new key to every program that uses the old one before then.</source>
        <translation>L&apos;ancienne clé fonctionne encore jusqu&apos;au %1 environ. D&apos;ici là, transmettez la nouvelle clé à tous les programmes qui utilisent l&apos;ancienne.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="300"/>
        <source>How long the old key keeps working</source>
        <translation>Durée de validité de l&apos;ancienne clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="316"/>
        <source>Regenerate key</source>
        <translation>Régénérer la clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="317"/>
        <source>Issue a new key for %1 (key %2…)?</source>
        <translation>Émettre une nouvelle clé pour %1 (clé %2…) ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="275"/>
        <source>The old key stops working at once. Every program that uses it needs the new key.</source>
        <translation>L&apos;ancienne clé cessera aussitôt de fonctionner. Tous les programmes qui l&apos;utilisent auront besoin de la nouvelle clé.</translation>
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
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="216"/>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="217"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="218"/>
        <source>Token policy</source>
        <translation>Stratégie des jetons</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="222"/>
        <source>Compliance Client</source>
        <translation>Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="229"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="230"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="231"/>
        <source>&amp;Start when I sign in</source>
        <translation>&amp;Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="233"/>
        <source>E&amp;xit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="234"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="235"/>
        <source>&amp;About Compliance Client</source>
        <translation>À &amp;propos de Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="236"/>
        <source>Retry &amp;now</source>
        <translation>Réessayer mai&amp;ntenant</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="237"/>
        <source>Try to reach the server again now</source>
        <translation>Tenter de joindre le serveur dès maintenant</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="240"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>L&apos;identifiant d&apos;appareil de ce PC est désactivé sur le serveur. Un administrateur peut le réactiver.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="242"/>
        <source>Until then this app does not contact the server. Once it is enabled, check again.</source>
        <translation>D&apos;ici là, cette application ne contacte pas le serveur. Une fois l&apos;identifiant réactivé, vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="244"/>
        <source>Device ID disabled</source>
        <translation>Identifiant d&apos;appareil désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="245"/>
        <source>Check a&amp;gain</source>
        <translation>Vérifi&amp;er à nouveau</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="247"/>
        <source>Ask the server whether this PC&apos;s device ID is enabled again</source>
        <translation>Demander au serveur si l&apos;identifiant d&apos;appareil de ce PC est de nouveau activé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="261"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="262"/>
        <source>No server set</source>
        <translation>Aucun serveur défini</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="265"/>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="300"/>
        <source>Not connected · retrying…</source>
        <translation>Non connecté · nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="304"/>
        <source>Not connected · retrying in %1 s</source>
        <translation>Non connecté · nouvelle tentative dans %1 s</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="311"/>
        <source>This PC could not be registered with the server yet; it will be tried again at the next start. %1</source>
        <translation>Ce PC n&apos;a pas encore pu être inscrit auprès du serveur ; une nouvelle tentative aura lieu au prochain démarrage. %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="317"/>
        <source>Enrolling this PC with %1…</source>
        <translation>Enrôlement de ce PC auprès de %1…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="321"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>Votre organisation a enrôlé ce PC auprès de %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="327"/>
        <source>This PC could not be enrolled with your organization&apos;s code; the Profile page says why.</source>
        <translation>Ce PC n&apos;a pas pu être enrôlé avec le code de votre organisation&#xa0;; la page Profil en indique la raison.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="385"/>
        <source>The “Start when I sign in” setting could not be changed. %1</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas pu être modifié. %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="398"/>
        <source>Set by your organization</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="400"/>
        <source>Set for every user of this PC when the app was installed; only an administrator can change it</source>
        <translation>Défini pour tous les utilisateurs de ce PC lors de l&apos;installation de l&apos;application&#xa0;; seul un administrateur peut le modifier</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="403"/>
        <source>Start Compliance Client in the background when you sign in to this PC</source>
        <translation>Démarrer Compliance Client en arrière-plan lorsque vous ouvrez une session sur ce PC</translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="381"/>
        <location filename="../../compliance_client/ui/grid/view.py" line="383"/>
        <source>Retry</source>
        <extracomment>Rows measured for a column&apos;s content width (the first page&apos;s first rows: enough to see typical texts, cheap enough for every new list).</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="382"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="394"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="405"/>
        <source>Could not load more: %1</source>
        <translation>Impossible de charger la suite : %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="411"/>
        <source>%1 — loading more…</source>
        <translation>%1 — chargement de la suite…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="141"/>
        <source>Nothing to show.</source>
        <extracomment>Emitted whenever ``state``, ``error`` or the row count changes. column -&gt; the server&apos;s sort field for it; columns not listed are not sortable. The number of columns, when fixed: Qt asks columnCount() thousands of times a paint, and translating every title to count them is what made a paint cost ~50 ms. The roles :meth:`cell` answers (as ints), when known; data() answers None for any other role without calling into the subclass (a paint asks ~10 roles per cell). The column whose text a marked row&apos;s badge (:meth:`row_mark`) stands before. The column whose text is drawn as a badge in the tone :meth:`badge` gives (-1: none).</extracomment>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="144"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Hide</source>
        <extracomment>Room a window manager&apos;s title bar and borders take around a window (logical pixels).</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="311"/>
        <source>Hide the token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="312"/>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="314"/>
        <source>Only a token typed here can be shown: a stored token stays in the system keyring.</source>
        <translation>Seul un jeton saisi ici peut être affiché : un jeton enregistré reste dans le trousseau de clés du système.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="50"/>
        <source>The default lifetime may not be longer than the maximum lifetime.</source>
        <extracomment>The fields that have a line of their own for their problems (the check boxes cannot be wrong: a check box is true or false).</extracomment>
        <translation>La durée de vie par défaut ne peut pas dépasser la durée de vie maximale.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="53"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Entrez un nombre entier compris entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="185"/>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>Token policy</source>
        <extracomment>The policy as the server last answered it (None: not read yet).</extracomment>
        <translation>Stratégie des jetons</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="187"/>
        <source>The rules every API token must follow when it is created or its expiry or IP addresses are changed. Tokens made before a stricter rule keep working.</source>
        <translation>Les règles que chaque jeton d&apos;API doit respecter lors de sa création ou de la modification de sa date d&apos;expiration ou de ses adresses IP. Les jetons créés avant une règle plus stricte continuent de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="189"/>
        <source>&amp;Limit token lifetime</source>
        <translation>&amp;Limiter la durée de vie des jetons</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="190"/>
        <source>&amp;Maximum lifetime (days):</source>
        <translation>Durée de vie &amp;maximale (jours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="191"/>
        <source>Maximum lifetime in days</source>
        <translation>Durée de vie maximale en jours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="192"/>
        <source>Require an &amp;expire date</source>
        <translation>Exiger une date d&apos;e&amp;xpiration</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="193"/>
        <source>Require an &amp;IP restriction</source>
        <translation>Exiger une restriction d&apos;&amp;IP</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="195"/>
        <source>Every token must name at least one allowed IP address or network.</source>
        <translation>Chaque jeton doit indiquer au moins une adresse IP ou un réseau autorisés.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="196"/>
        <source>Defa&amp;ult lifetime (days):</source>
        <translation>Durée de vie par &amp;défaut (jours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="197"/>
        <source>Default lifetime in days</source>
        <translation>Durée de vie par défaut en jours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="199"/>
        <source>The expiry a new token is given unless its creator picks another.</source>
        <translation>La durée de validité donnée à un nouveau jeton si son créateur n&apos;en choisit pas une autre.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="200"/>
        <source>&amp;Warn before expiry (days):</source>
        <translation>A&amp;vertir avant l&apos;expiration (jours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="201"/>
        <source>Warn before expiry, in days</source>
        <translation>Avertir avant l&apos;expiration, en jours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="203"/>
        <source>How many days before its token expires the app warns the user (0: never).</source>
        <translation>Nombre de jours avant l&apos;expiration de son jeton à partir duquel l&apos;application avertit l&apos;utilisateur (0&#xa0;: jamais).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="205"/>
        <source>Your API token may read the token policy but not change it.</source>
        <translation>Votre jeton d&apos;API peut lire la stratégie des jetons, mais pas la modifier.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="206"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="207"/>
        <source>Save the token policy on the server</source>
        <translation>Enregistrer la stratégie des jetons sur le serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="208"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="210"/>
        <source>Discard the changes and read the policy from the server again</source>
        <translation>Ignorer les modifications et relire la stratégie sur le serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="211"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>The token policy is saved.</source>
        <translation>La stratégie des jetons a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>PolicyPlurals</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="22"/>
        <source>The token policy allows at most %n days from today: pick an earlier day.</source>
        <translation>
            <numerusform>La stratégie des jetons autorise au plus %n jour à partir d&apos;aujourd&apos;hui&#xa0;: choisissez une date antérieure.</numerusform>
            <numerusform>La stratégie des jetons autorise au plus %n jours à partir d&apos;aujourd&apos;hui&#xa0;: choisissez une date antérieure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="189"/>
        <source>Profile settings</source>
        <extracomment>IT&apos;s managed settings, read with the profiles (None until then).</extracomment>
        <translation>Paramètres du profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="248"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="249"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="250"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="251"/>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="252"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="253"/>
        <source>Rename this profile</source>
        <translation>Renommer ce profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="254"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="255"/>
        <source>Delete this profile</source>
        <translation>Supprimer ce profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="257"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="258"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="259"/>
        <source>For example: Work</source>
        <translation>Par exemple : Travail</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="260"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="261"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="262"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="263"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="265"/>
        <source>API to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;API :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="266"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="267"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="348"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="268"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="269"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion en cours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="270"/>
        <source>Enr&amp;oll with a code…</source>
        <translation>Enrôler avec un &amp;code…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="271"/>
        <source>Enroll with a code</source>
        <translation>Enrôler avec un code</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="272"/>
        <source>Get this PC&apos;s API token with the enrollment code your administrator gave you, instead of pasting a token</source>
        <translation>Obtenir le jeton d&apos;API de ce PC avec le code d&apos;enrôlement fourni par votre administrateur, au lieu de coller un jeton</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="278"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="468"/>
        <source>Set by your organization</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="279"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>Votre organisation a défini cette valeur pour ce PC&#xa0;; elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="319"/>
        <source>This PC is enrolled with %1.</source>
        <translation>Ce PC est enrôlé auprès de %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="195"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="196"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="24"/>
        <source>Enter a profile name.</source>
        <translation>Entrez un nom de profil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="26"/>
        <source>A profile name is at most %1 characters.</source>
        <translation>Un nom de profil comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="28"/>
        <source>A profile name cannot contain line breaks or control characters.</source>
        <translation>Un nom de profil ne peut pas contenir de sauts de ligne ni de caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="30"/>
        <source>This looks like an API token. Put the token in the token field and give the profile a name.</source>
        <translation>Ceci ressemble à un jeton d&apos;API. Placez le jeton dans le champ du jeton et donnez un nom au profil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="34"/>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="38"/>
        <source>Enter the server URL, for example https://compliance.example.com.</source>
        <translation>Entrez l&apos;URL du serveur, par exemple https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="41"/>
        <source>This server URL is too long.</source>
        <translation>Cette URL de serveur est trop longue.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="42"/>
        <source>This looks like an API token. Put the token in the token field, not in the server URL.</source>
        <translation>Ceci ressemble à un jeton d&apos;API. Placez le jeton dans le champ du jeton, pas dans l&apos;URL du serveur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="46"/>
        <source>A server URL cannot contain spaces.</source>
        <translation>Une URL de serveur ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="47"/>
        <source>The server URL must start with https:// (or http:// for a server on this computer).</source>
        <translation>L&apos;URL du serveur doit commencer par https:// (ou http:// pour un serveur situé sur cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="51"/>
        <source>Leave the user name and password out of the server URL; the API token is entered separately.</source>
        <translation>N&apos;incluez ni nom d&apos;utilisateur ni mot de passe dans l&apos;URL du serveur ; le jeton d&apos;API se saisit à part.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="55"/>
        <source>The server URL needs a host name, for example https://compliance.example.com.</source>
        <translation>L&apos;URL du serveur doit comporter un nom d&apos;hôte, par exemple https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="59"/>
        <source>The port in the server URL must be a number from 1 to 65535.</source>
        <translation>Le port de l&apos;URL du serveur doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="61"/>
        <source>The server URL cannot hold a query (?…) or a fragment (#…).</source>
        <translation>L&apos;URL du serveur ne peut contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="63"/>
        <source>Use https:// for a server on another computer: plain http:// would send the API token in clear. http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Utilisez https:// pour un serveur situé sur un autre ordinateur : en http:// simple, le jeton d&apos;API serait envoyé en clair. http:// n&apos;est autorisé que pour cet ordinateur (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="68"/>
        <source>Enter an API token.</source>
        <translation>Entrez un jeton d&apos;API.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="69"/>
        <source>An API token starts with “cct_”.</source>
        <translation>Un jeton d&apos;API commence par « cct_ ».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="71"/>
        <source>An API token is %1 characters long; check that you copied all of it.</source>
        <translation>Un jeton d&apos;API comporte %1 caractères ; vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="75"/>
        <source>An API token holds only letters and digits after “cct_”.</source>
        <translation>Après « cct_ », un jeton d&apos;API ne contient que des lettres et des chiffres.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="78"/>
        <source>This API token is mistyped: its checksum does not match. Copy it again.</source>
        <translation>Ce jeton d&apos;API est mal saisi : sa somme de contrôle ne correspond pas. Copiez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="92"/>
        <source>Enter an enrollment code.</source>
        <translation>Entrez un code d&apos;enrôlement.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="93"/>
        <source>An enrollment code starts with “cce_”.</source>
        <translation>Un code d&apos;enrôlement commence par «&#xa0;cce_&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="95"/>
        <source>An enrollment code is %1 characters long.</source>
        <translation>Un code d&apos;enrôlement comporte %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="97"/>
        <source>An enrollment code holds only letters and digits after “cce_”.</source>
        <translation>Après «&#xa0;cce_&#xa0;», un code d&apos;enrôlement ne contient que des lettres et des chiffres.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="100"/>
        <source>This enrollment code is mistyped: its checksum does not match.</source>
        <translation>Ce code d&apos;enrôlement est mal saisi&#xa0;: sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="238"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="325"/>
        <source>(new profile)</source>
        <translation>(nouveau profil)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="332"/>
        <source>Checking the keyring…</source>
        <translation>Vérification du trousseau de clés…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="334"/>
        <source>A token is stored</source>
        <translation>Un jeton est enregistré</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="336"/>
        <source>Paste the API token (cct_…)</source>
        <translation>Collez le jeton d&apos;API (cct_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="339"/>
        <source>Leave the field empty to keep the stored token, or paste a new one to replace it.</source>
        <translation>Laissez le champ vide pour conserver le jeton enregistré, ou collez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="239"/>
        <source>Discard changes</source>
        <translation>Ignorer les modifications</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="240"/>
        <source>Discard your changes to the profile “%1”?</source>
        <translation>Ignorer vos modifications du profil « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="326"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="536"/>
        <source>The profile was not saved. Fix the marked fields, then save again.</source>
        <translation>Le profil n&apos;a pas été enregistré. Corrigez les champs signalés, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="328"/>
        <source>The profile was not saved. Fix the marked field, then save again.</source>
        <translation>Le profil n&apos;a pas été enregistré. Corrigez le champ signalé, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="348"/>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="349"/>
        <source>New name for the profile “%1”:</source>
        <translation>Nouveau nom du profil « %1 » :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="359"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="360"/>
        <source>Delete the profile “%1”?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="361"/>
        <source>Its settings and its stored API token are removed from this PC. The token itself stays valid on the server.</source>
        <translation>Ses paramètres et son jeton d&apos;API enregistré seront supprimés de ce PC. Le jeton lui-même reste valide sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="378"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="383"/>
        <source>Profile deleted</source>
        <translation>Profil supprimé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="379"/>
        <source>The profile “%1” is deleted, but its API token could not be removed from the system keyring.</source>
        <translation>Le profil « %1 » a été supprimé, mais son jeton d&apos;API n&apos;a pas pu être retiré du trousseau de clés du système.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="384"/>
        <source>The profile “%1” is deleted.</source>
        <translation>Le profil « %1 » a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="347"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="50"/>
        <source>Connected. Organization: %1 (%2).</source>
        <translation>Connecté. Organisation : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="53"/>
        <source>The token never expires.</source>
        <translation>Le jeton n&apos;expire jamais.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="55"/>
        <source>The token expires on %1.</source>
        <translation>Le jeton expire le %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="58"/>
        <source>It may call %1 of %2 endpoints: %3.</source>
        <translation>Il peut appeler %1 points de terminaison sur %2 : %3.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="60"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="522"/>
        <source>Profile saved without its token</source>
        <translation>Profil enregistré sans son jeton</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="523"/>
        <source>Your profile is saved, but its API token could not be stored in the system keyring.</source>
        <translation>Votre profil a été enregistré, mais son jeton d&apos;API n&apos;a pas pu être stocké dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="526"/>
        <source>The token is still in the dialog: fix the keyring, then press Save again. Until then this PC cannot connect with this profile.</source>
        <translation>Le jeton figure toujours dans la boîte de dialogue : corrigez le trousseau de clés, puis cliquez de nouveau sur Enregistrer. D&apos;ici là, ce PC ne peut pas se connecter avec ce profil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Profile saved</source>
        <translation>Profil enregistré</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Your profile is saved.</source>
        <translation>Votre profil a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Profile not saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Your profile could not be saved.</source>
        <translation>Votre profil n&apos;a pas pu être enregistré.</translation>
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
        <translation>Aucun profil n&apos;est encore configuré. Configurez votre profil avec l&apos;URL du serveur et le jeton d&apos;API fournis par votre administrateur, afin que ce PC puisse joindre le serveur de conformité.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="234"/>
        <source>&amp;Set up profile…</source>
        <translation>&amp;Configurer le profil…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="235"/>
        <source>Set up profile</source>
        <translation>Configurer le profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="236"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="237"/>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="238"/>
        <source>&amp;Rotate key…</source>
        <translation>&amp;Renouveler la clé…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="239"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="389"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="425"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="438"/>
        <source>Rotate key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="241"/>
        <source>Give this profile&apos;s API token a new key; the old key keeps working for an hour</source>
        <translation>Donner une nouvelle clé au jeton d&apos;API de ce profil&#xa0;; l&apos;ancienne clé fonctionne encore pendant une heure</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>API token:</source>
        <translation>Jeton d&apos;API :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Organization:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="245"/>
        <source>Token expires:</source>
        <translation>Expiration du jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="247"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="248"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="249"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="250"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="251"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="252"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="253"/>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="255"/>
        <source>API token expires soon</source>
        <translation>Le jeton d&apos;API expire bientôt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="296"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>Votre organisation a enrôlé ce PC auprès de %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="299"/>
        <source>This PC could not be enrolled with your organization&apos;s code.</source>
        <translation>Ce PC n&apos;a pas pu être enrôlé avec le code de votre organisation.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="303"/>
        <source>Enrolling this PC with your organization&apos;s code…</source>
        <translation>Enrôlement de ce PC avec le code de votre organisation…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="324"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="327"/>
        <source>Could not be read from the system keyring</source>
        <translation>Lecture impossible dans le trousseau de clés du système</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="329"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="331"/>
        <source>Stored in the system keyring</source>
        <translation>Enregistré dans le trousseau de clés du système</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="333"/>
        <source>Not stored: enter it in the profile</source>
        <translation>Non enregistré : saisissez-le dans le profil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="369"/>
        <source>Never expires</source>
        <translation>N&apos;expire jamais</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="371"/>
        <source>Expired on %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="380"/>
        <source>Your API token expires in %n days, on %1. Ask your administrator to extend it before then: once it has expired, this PC can no longer reach the server.</source>
        <translation>
            <numerusform>Votre jeton d&apos;API expire dans %n jour, le %1. Demandez à votre administrateur de le prolonger d&apos;ici là&#xa0;: une fois qu&apos;il aura expiré, ce PC ne pourra plus joindre le serveur.</numerusform>
            <numerusform>Votre jeton d&apos;API expire dans %n jours, le %1. Demandez à votre administrateur de le prolonger d&apos;ici là&#xa0;: une fois qu&apos;il aura expiré, ce PC ne pourra plus joindre le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="390"/>
        <source>Give this PC a new key for its API token?</source>
        <translation>Donner à ce PC une nouvelle clé pour son jeton d&apos;API&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="392"/>
        <source>The server issues a new key, which this app keeps in the system keyring instead of the old one. The old key keeps working for an hour; other programs that use it need the new key before then.</source>
        <translation>Le serveur émet une nouvelle clé, que cette application conserve dans le trousseau de clés du système à la place de l&apos;ancienne. L&apos;ancienne clé fonctionne encore pendant une heure&#xa0;; les autres programmes qui l&apos;utilisent doivent recevoir la nouvelle clé d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="412"/>
        <source>Key rotated; the old key works until %1.</source>
        <translation>Clé renouvelée&#xa0;; l&apos;ancienne clé fonctionne jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="419"/>
        <source>The new key could not be stored in the system keyring, which still holds the old key; it works until %1. Paste the new key into the profile (Edit profile…) before then, or this PC can no longer reach the server.</source>
        <translation>La nouvelle clé n&apos;a pas pu être stockée dans le trousseau de clés du système, qui contient toujours l&apos;ancienne clé&#xa0;; celle-ci fonctionne jusqu&apos;à %1. D&apos;ici là, collez la nouvelle clé dans le profil (Modifier le profil…), sinon ce PC ne pourra plus joindre le serveur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="439"/>
        <source>The key was not rotated; the old key still works.</source>
        <translation>La clé n&apos;a pas été renouvelée&#xa0;; l&apos;ancienne clé fonctionne toujours.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="508"/>
        <source>Device ID disabled</source>
        <extracomment>Seconds before each retry of a lost server; the last one repeats. CONNECTED again after FAILED: pages that could not load try again. IT&apos;s enrollment code is being redeemed (the server&apos;s URL), then it was, or failed. IT&apos;s managed settings, once the first reload read them (None until then). The server IT&apos;s code enrolled this PC with in this run, or None. Why enrolling with IT&apos;s code failed in this run, or None. What the token could do when last connected (kept while FAILED; None until the server first answered for this profile): which pages to offer while offline.</extracomment>
        <translation>Identifiant d&apos;appareil désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="510"/>
        <source>Enrolling this PC…</source>
        <translation>Enrôlement de ce PC…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="512"/>
        <source>Not set up</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="513"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="514"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="515"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="33"/>
        <source>The entry is empty.</source>
        <translation>L&apos;entrée est vide.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="37"/>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>%1 comporte des bits d&apos;hôte non nuls ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="41"/>
        <source>%1 holds an interface zone (%…); enter the address without it.</source>
        <translation>%1 contient une zone d&apos;interface (%…) ; entrez l&apos;adresse sans celle-ci.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="48"/>
        <source>%1 is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).</source>
        <translation>%1 n&apos;est ni une adresse IP ni un réseau (p. ex. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="67"/>
        <source>Enter the organization name.</source>
        <translation>Entrez le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="68"/>
        <source>Enter the organization ID.</source>
        <translation>Entrez l&apos;identifiant de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="71"/>
        <source>This is longer than %1 characters.</source>
        <translation>Ce texte dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="73"/>
        <source>This must be text.</source>
        <translation>Cette valeur doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="74"/>
        <source>An organization ID holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>Un identifiant d&apos;organisation se compose de lettres, de chiffres, de « . », « _ » et « - », et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="80"/>
        <source>At most %1 entries are allowed.</source>
        <translation>%1 entrées au maximum sont autorisées.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="83"/>
        <source>%1 matches no endpoint; use an id such as tokens.read, a group such as tokens.*, or *.</source>
        <translation>%1 ne correspond à aucun point de terminaison ; utilisez un identifiant comme tokens.read, un groupe comme tokens.* ou *.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="90"/>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="92"/>
        <source>%1 is in both the allowed and the blocked list; remove it from one.</source>
        <translation>%1 figure à la fois dans la liste des autorisations et dans celle des blocages ; retirez-le de l&apos;une des deux.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="97"/>
        <source>The expire date must be in the future.</source>
        <translation>La date d&apos;expiration doit se situer dans le futur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="98"/>
        <source>The expire date is more than 100 years away.</source>
        <translation>La date d&apos;expiration se situe à plus de 100 ans.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="99"/>
        <source>The expire date is not valid.</source>
        <translation>La date d&apos;expiration n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="100"/>
        <source>%1 is not a device ID.</source>
        <translation>%1 n&apos;est pas un identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="101"/>
        <source>This holds a control character (pasted, perhaps); remove it.</source>
        <translation>Ce texte contient un caractère de contrôle (issu d&apos;un collage, peut-être)&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="103"/>
        <source>This holds a broken character (pasted, perhaps); type it again.</source>
        <translation>Ce texte contient un caractère non valide (issu d&apos;un collage, peut-être)&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="106"/>
        <source>The token policy requires an expire date: pick one.</source>
        <translation>La stratégie des jetons exige une date d&apos;expiration&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="109"/>
        <source>The token policy requires at least one allowed IP address or network: add one.</source>
        <translation>La stratégie des jetons exige au moins une adresse IP ou un réseau autorisés&#xa0;: ajoutez-en un.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="124"/>
        <source>A device ticked here is not registered in organization %1 (deleted meanwhile?): untick it, or pick the organization&apos;s devices again.</source>
        <translation>Un appareil coché ici n&apos;est pas inscrit dans l&apos;organisation %1 (supprimé entre-temps ?) : décochez-le, ou choisissez à nouveau les appareils de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="132"/>
        <source>Not a registered device of organization %1: %2. Untick it: a token is bound only to devices of its own organization.</source>
        <translation>Appareil non inscrit dans l&apos;organisation %1 : %2. Décochez-le : un jeton ne peut être lié qu&apos;aux appareils de sa propre organisation.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="28"/>
        <source>every endpoint</source>
        <translation>tous les points de terminaison</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="30"/>
        <source>all endpoints of the %1 group</source>
        <translation>tous les points de terminaison du groupe %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="80"/>
        <source>%1 is listed twice (line %2).</source>
        <translation>%1 figure deux fois dans la liste (ligne %2).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="104"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="109"/>
        <source>… and %1 more lines to fix.</source>
        <translation>… lignes restantes à corriger : %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Edit API token</source>
        <extracomment>The form is an enrollment code&apos;s template (``EnrollmentDialog``, DESIGN §13).</extracomment>
        <translation>Modifier le jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Add API token</source>
        <translation>Ajouter un jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="314"/>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="435"/>
        <source>This token is suspended: its key was reported as leaked. Regenerate the key before anyone resumes it.</source>
        <translation>Ce jeton est suspendu&#xa0;: sa clé a été signalée comme compromise. Régénérez la clé avant que quiconque ne le réactive.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="439"/>
        <source>This token is suspended: the server refuses its key until it is resumed.</source>
        <translation>Ce jeton est suspendu&#xa0;: le serveur refuse sa clé tant qu&apos;il n&apos;a pas été réactivé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="442"/>
        <source>The previous key still works until %1.</source>
        <translation>La clé précédente fonctionne encore jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="754"/>
        <source>API Key with id %1 is updated successfully</source>
        <translation>Jeton d&apos;API (identifiant %1) mis à jour avec succès</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard changes</source>
        <translation>Ignorer les modifications</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard your changes to this token?</source>
        <translation>Ignorer vos modifications de ce jeton ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="269"/>
        <source>Na&amp;me:</source>
        <extracomment>How long a new enrollment code works, in seconds (1 hour, 1 day, 7 days; the server takes 60 to 604,800); the second is the default.</extracomment>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="270"/>
        <source>O&amp;wner:</source>
        <translation>Proprié&amp;taire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="271"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="272"/>
        <source>Organization &amp;name:</source>
        <translation>&amp;Nom de l&apos;organisation :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="273"/>
        <source>Organization &amp;ID:</source>
        <translation>&amp;Identifiant de l&apos;organisation :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="274"/>
        <source>Sc&amp;ope:</source>
        <translation>P&amp;ortée :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="275"/>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="276"/>
        <source>&amp;Allowed endpoints:</source>
        <translation>Points de terminaison &amp;autorisés :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="277"/>
        <source>&amp;Blocked endpoints:</source>
        <translation>Points de terminaison &amp;bloqués :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="278"/>
        <source>Allowed I&amp;Ps:</source>
        <translation>I&amp;P autorisées :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="279"/>
        <source>Bloc&amp;ked IPs:</source>
        <translation>IP blo&amp;quées :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="280"/>
        <source>Bound &amp;to devices:</source>
        <translation>Lié aux appareil&amp;s :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="281"/>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="282"/>
        <source>Code &amp;valid for:</source>
        <translation>&amp;Validité du code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="283"/>
        <source>&amp;Uses:</source>
        <translation>&amp;Utilisations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="293"/>
        <source>What it is for, e.g. Nightly backup</source>
        <translation>À quoi il sert, p. ex. Sauvegarde nocturne</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="295"/>
        <source>Who to ask about it, e.g. it-ops@example.com</source>
        <translation>À qui s&apos;adresser, p. ex. it-ops@example.com</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="297"/>
        <source>Optional: where it is used, how to replace it</source>
        <translation>Facultatif&#xa0;: où il est utilisé, comment le remplacer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="328"/>
        <source>Devices:</source>
        <translation>Appareils&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="329"/>
        <source>Each PC that enrolls gets its own token, bound to that PC.</source>
        <translation>Chaque PC qui s&apos;enrôle reçoit son propre jeton, lié à ce PC.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="333"/>
        <source>After this, no PC can enroll with the code, even with uses left.</source>
        <translation>Passé ce délai, le code ne permet plus aucun enrôlement, même s&apos;il lui reste des utilisations.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="336"/>
        <source>How many PCs may enroll with this code (1 to 1,000).</source>
        <translation>Nombre de PC pouvant s&apos;enrôler avec ce code (de 1 à 1&#xa0;000).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="85"/>
        <source>Expire date</source>
        <extracomment>A choice of the drop-down: a preset&apos;s number of days, ON_A_DATE or NEVER.</extracomment>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="95"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="97"/>
        <source>On a date…</source>
        <translation>À une date…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="188"/>
        <source>Type the expire date as %1.</source>
        <translation>Saisissez la date d&apos;expiration sous la forme %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="190"/>
        <source>“%1” is not a date: type the expire date as %2.</source>
        <translation>« %1 » n&apos;est pas une date : saisissez la date d&apos;expiration sous la forme %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="298"/>
        <source>e.g. Acme Corporation</source>
        <translation>p. ex. Acme Corporation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="299"/>
        <source>e.g. acme-corp</source>
        <translation>p. ex. acme-corp</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="300"/>
        <source>All endpoints (no allowed list)</source>
        <translation>Tous les points de terminaison (aucune liste d&apos;autorisation)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="303"/>
        <source>None blocked</source>
        <translation>Aucun bloqué</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="308"/>
        <source>Any address. One address or network per line, e.g. 10.0.0.0/8</source>
        <translation>Toute adresse. Une adresse ou un réseau par ligne, p. ex. 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="313"/>
        <source>None blocked. One entry per line</source>
        <translation>Aucune bloquée. Une entrée par ligne</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="316"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="317"/>
        <source>Global (all organizations)</source>
        <translation>Global (toutes les organisations)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="319"/>
        <source>An organization token acts only inside its own organization ID. A global token acts on every organization: give it only to the service&apos;s administrators.</source>
        <translation>Un jeton d&apos;organisation n&apos;agit qu&apos;au sein de son propre identifiant d&apos;organisation. Un jeton global agit sur toutes les organisations : ne le confiez qu&apos;aux administrateurs du service.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="300"/>
        <source>This is the token you are signed in with. Restricting it or regenerating its key affects this app too.</source>
        <translation>C&apos;est le jeton avec lequel vous êtes connecté. Le restreindre ou régénérer sa clé affecte aussi cette application.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="88"/>
        <source>A token that never expires keeps working until someone deletes it. Prefer an expire date.</source>
        <translation>Un jeton qui n&apos;expire jamais fonctionne jusqu&apos;à ce que quelqu&apos;un le supprime. Préférez une date d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="326"/>
        <source>&amp;Regenerate key…</source>
        <translation>&amp;Régénérer la clé…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="49"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="313"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="86"/>
        <source>The token stops working at the end of this day, in your time zone.</source>
        <translation>Le jeton cesse de fonctionner à la fin de ce jour, dans votre fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="374"/>
        <source>Only the start of the key is kept; the whole key was shown once, when it was issued.</source>
        <translation>Seul le début de la clé est conservé ; la clé complète n&apos;a été affichée qu&apos;une fois, lors de son émission.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="22"/>
        <source>This token may call every endpoint from any address.</source>
        <translation>Ce jeton peut appeler tous les points de terminaison depuis n&apos;importe quelle adresse.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="25"/>
        <source>any address</source>
        <translation>n&apos;importe quelle adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="27"/>
        <source>May call every endpoint from %1 except %2.</source>
        <translation>Peut appeler tous les points de terminaison depuis %1, sauf %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="26"/>
        <source>May call every endpoint from %1.</source>
        <translation>Peut appeler tous les points de terminaison depuis %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="31"/>
        <source>May call %1 of %2 endpoints from %3 except %4.</source>
        <translation>Peut appeler %1 points de terminaison sur %2 depuis %3, sauf %4.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="30"/>
        <source>May call %1 of %2 endpoints from %3.</source>
        <translation>Peut appeler %1 points de terminaison sur %2 depuis %3.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="34"/>
        <source>This includes %1, which every token may call.</source>
        <translation>Cela inclut %1, que tout jeton peut appeler.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="35"/>
        <source>Never expires.</source>
        <translation>N&apos;expire jamais.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="36"/>
        <source>Expires %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="38"/>
        <source>Only from the devices it is bound to: %1.</source>
        <translation>Uniquement depuis les appareils auxquels il est lié : %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="40"/>
        <source>%1 is in both the allowed and the blocked endpoints; remove it from one.</source>
        <translation>%1 figure à la fois dans les points de terminaison autorisés et bloqués ; retirez-le de l&apos;une des listes.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="44"/>
        <source>%1 is in both the allowed and the blocked IPs; remove it from one.</source>
        <translation>%1 figure à la fois dans les IP autorisées et bloquées ; retirez-la de l&apos;une des listes.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="47"/>
        <source>The blocked IPs cover every allowed address, so this token cannot be used from anywhere.</source>
        <translation>Les IP bloquées couvrent toutes les adresses autorisées : ce jeton ne peut donc être utilisé depuis aucune adresse.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="52"/>
        <source>This token may call no endpoint except checking itself.</source>
        <translation>Ce jeton ne peut appeler aucun point de terminaison, hormis sa propre vérification.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="55"/>
        <source>It is unrestricted: consider limiting its endpoints or addresses.</source>
        <translation>Il n&apos;est pas restreint : envisagez de limiter ses points de terminaison ou ses adresses.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="58"/>
        <source>It is global: it acts on the tokens and devices of every organization.</source>
        <translation>Il est global : il agit sur les jetons et les appareils de toutes les organisations.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="62"/>
        <source>This reaches further than your own token; the server will refuse it.</source>
        <translation>Ceci dépasse les droits de votre propre jeton ; le serveur le refusera.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="66"/>
        <source>%1 is not a registered device of this organization; the server will refuse it.</source>
        <translation>%1 n&apos;est pas un appareil inscrit dans cette organisation ; le serveur le refusera.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="71"/>
        <source>%1 is disabled: this token cannot be used from it while it is.</source>
        <translation>%1 est désactivé : tant qu&apos;il le reste, ce jeton ne peut pas être utilisé depuis cet appareil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="74"/>
        <source>%1 has no device key, so it cannot sign requests: this token cannot be used from it until it registers again with a key.</source>
        <translation>%1 n&apos;a pas de clé d&apos;appareil et ne peut donc pas signer de requêtes : ce jeton ne peut pas être utilisé depuis cet appareil tant qu&apos;il ne s&apos;est pas réinscrit avec une clé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="79"/>
        <source>Your own token is bound to devices: bind this one to some of yours, or the server will refuse it.</source>
        <translation>Votre propre jeton est lié à des appareils : liez celui-ci à certains des vôtres, sinon le serveur le refusera.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="739"/>
        <source>API token added successfully</source>
        <translation>Jeton d&apos;API ajouté avec succès</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="50"/>
        <source>&amp;Use the server&apos;s values</source>
        <translation>&amp;Utiliser les valeurs du serveur</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="57"/>
        <source>This token was changed by someone else. The server&apos;s current values are shown under each field that differs from yours. Save again to replace them with yours, or use the server&apos;s values.</source>
        <translation>Ce jeton a été modifié par quelqu&apos;un d&apos;autre. Les valeurs actuelles du serveur s&apos;affichent sous chaque champ qui diffère des vôtres. Enregistrez à nouveau pour les remplacer par les vôtres, ou utilisez les valeurs du serveur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="64"/>
        <source>This token was changed by someone else. Nothing was saved; what you typed is kept. Reload to see the current values.</source>
        <translation>Ce jeton a été modifié par quelqu&apos;un d&apos;autre. Rien n&apos;a été enregistré ; votre saisie est conservée. Rechargez pour voir les valeurs actuelles.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="817"/>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="820"/>
        <source>On the server: %1</source>
        <translation>Sur le serveur : %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="99"/>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="102"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="37"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="98"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="102"/>
        <source>no device key: cannot sign</source>
        <translation>aucune clé d&apos;appareil : signature impossible</translation>
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
        <translation>un appareil de l&apos;organisation %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="114"/>
        <source>no longer registered</source>
        <translation>n&apos;est plus inscrit</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="197"/>
        <source>Any device (not bound)</source>
        <translation>Tout appareil (non lié)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="204"/>
        <source>Loading the organization&apos;s devices…</source>
        <translation>Chargement des appareils de l&apos;organisation…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="206"/>
        <source>Your token may not list devices (devices.list), so the devices are shown as they are and cannot be changed here.</source>
        <translation>Votre jeton n&apos;est pas autorisé à lister les appareils (devices.list) : les appareils sont donc affichés tels quels et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="212"/>
        <source>The devices could not be listed: %1 Saving keeps the devices as they are.</source>
        <translation>Impossible de lister les appareils : %1 L&apos;enregistrement conserve les appareils tels quels.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="217"/>
        <source>Enter the organization ID to pick its devices.</source>
        <translation>Entrez l&apos;identifiant de l&apos;organisation pour choisir ses appareils.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="219"/>
        <source>No device of organization %1 is registered yet.</source>
        <translation>Aucun appareil de l&apos;organisation %1 n&apos;est encore inscrit.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="66"/>
        <source>the PC that enrolls</source>
        <translation>le PC qui s&apos;enrôle</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="78"/>
        <source>The code works until %1: each PC&apos;s token must expire after that. Pick a later day, or make the code valid for less time.</source>
        <translation>Le code fonctionne jusqu&apos;au %1&#xa0;: le jeton de chaque PC doit expirer après cette date. Choisissez un jour ultérieur, ou réduisez la durée de validité du code.</translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="298"/>
        <source>Organization name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="299"/>
        <source>Organization ID</source>
        <translation>Identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="300"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="301"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="302"/>
        <source>Allowed endpoints</source>
        <translation>Points de terminaison autorisés</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="303"/>
        <source>Blocked endpoints</source>
        <translation>Points de terminaison bloqués</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="304"/>
        <source>Allowed IPs</source>
        <translation>IP autorisées</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="305"/>
        <source>Blocked IPs</source>
        <translation>IP bloquées</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="306"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="307"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="308"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="309"/>
        <source>Action</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="320"/>
        <source>No tokens match “%1”.</source>
        <translation>Aucun jeton ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="321"/>
        <source>No tokens yet — click Add token.</source>
        <translation>Aucun jeton pour l&apos;instant — cliquez sur Ajouter un jeton.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="333"/>
        <source>Showing %1 of %2 tokens</source>
        <translation>%1 jetons affichés sur %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="335"/>
        <source>1 token</source>
        <translation>1 jeton</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="336"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="507"/>
        <source>Not bound: the token works from any device (its IP lists permitting).</source>
        <translation>Non lié : le jeton fonctionne depuis n&apos;importe quel appareil (si ses listes d&apos;IP le permettent).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="508"/>
        <source>Works only in requests signed by these devices:</source>
        <translation>Ne fonctionne que dans les requêtes signées par ces appareils :</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="169"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="171"/>
        <source>Any address</source>
        <translation>Toute adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="170"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="172"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="182"/>
        <source>Edit (Enter), Suspend, Delete (Del), Regenerate key (in the context menu)</source>
        <extracomment>What the Action column&apos;s buttons do, for screen readers (the buttons are painted): an active token&apos;s row, then a suspended one&apos;s.</extracomment>
        <translation>Modifier (Entrée), Suspendre, Supprimer (Suppr), Régénérer la clé (dans le menu contextuel)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="184"/>
        <source>Edit (Enter), Resume, Delete (Del), Regenerate key (in the context menu)</source>
        <translation>Modifier (Entrée), Réactiver, Supprimer (Suppr), Régénérer la clé (dans le menu contextuel)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="278"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="277"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="188"/>
        <source>Leaked</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="190"/>
        <source>Active: the key works (its expiry and lists permitting).</source>
        <translation>Actif&#xa0;: la clé fonctionne (si son expiration et ses listes le permettent).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="191"/>
        <source>Suspended by an administrator: the key does not work until the token is resumed.</source>
        <translation>Suspendu par un administrateur&#xa0;: la clé ne fonctionne pas tant que le jeton n&apos;a pas été réactivé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="193"/>
        <source>Suspended because its key was reported as leaked: regenerate the key before resuming the token.</source>
        <translation>Suspendu, car sa clé a été signalée comme compromise&#xa0;: régénérez la clé avant de réactiver le jeton.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="197"/>
        <source>No name</source>
        <extracomment>A token made before tokens had names.</extracomment>
        <translation>Sans nom</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="275"/>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="276"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="282"/>
        <source>Unused %n days</source>
        <translation>
            <numerusform>Inutilisé depuis %n jour</numerusform>
            <numerusform>Inutilisé depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="284"/>
        <source>Unrestricted</source>
        <translation>Sans restriction</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="296"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="297"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="315"/>
        <source>No tokens match “%1” with the filters %2.</source>
        <translation>Aucun jeton ne correspond à «&#xa0;%1&#xa0;» avec les filtres %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="318"/>
        <source>No tokens match the filters %1.</source>
        <translation>Aucun jeton ne correspond aux filtres %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="328"/>
        <source>Showing %1 of %2 matching tokens</source>
        <translation>%1 jetons correspondants affichés sur %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="330"/>
        <source>1 token matches</source>
        <translation>1 jeton correspond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="331"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>%n jeton correspond</numerusform>
            <numerusform>%n jetons correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="369"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="456"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="372"/>
        <source>Expired %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="375"/>
        <source>%1 (expires today)</source>
        <translation>%1 (expire aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="377"/>
        <source>%1 (expires tomorrow)</source>
        <translation>%1 (expire demain)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="379"/>
        <source>%1 (expires in %n days)</source>
        <translation>
            <numerusform>%1 (expire dans %n jour)</numerusform>
            <numerusform>%1 (expire dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="102"/>
        <source>%1 +%2 more</source>
        <extracomment>The &quot;Unused&quot; filter chip&apos;s number of days (DESIGN §11: &quot;Unused 90 days&quot;). Role under which ``data()`` hands out the row&apos;s ``Token`` itself. Each column&apos;s stable name (saved views refer to these; never translated).</extracomment>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="165"/>
        <source>This is the token you are signed in with</source>
        <extracomment>The chips&apos; filter (its ``q`` unused: the search box&apos;s text is ``query``).</extracomment>
        <translation>C&apos;est le jeton avec lequel vous êtes connecté</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="167"/>
        <source>You</source>
        <extracomment>The badge before the signed-in token&apos;s organization name (keep it short).</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="176"/>
        <source>Any</source>
        <comment>devices</comment>
        <extracomment>A token bound to no device, in the Devices column (short, as &quot;All&quot; and &quot;None&quot; are in the list columns: the column is narrow).</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="177"/>
        <source>Any device</source>
        <translation>Tout appareil</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="295"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="389"/>
        <source>1 device</source>
        <translation>1 appareil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="390"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="421"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="426"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="458"/>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="474"/>
        <source>No allowed list: every endpoint not blocked may be called.</source>
        <translation>Aucune liste d&apos;autorisation : tout point de terminaison non bloqué peut être appelé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="477"/>
        <source>No allowed list: every address not blocked may use this token.</source>
        <translation>Aucune liste d&apos;autorisation : toute adresse non bloquée peut utiliser ce jeton.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="479"/>
        <source>Nothing is blocked.</source>
        <translation>Rien n&apos;est bloqué.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="483"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="511"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="498"/>
        <source>Only the start of the key is kept; the whole key was shown once.</source>
        <translation>Seul le début de la clé est conservé ; la clé complète n&apos;a été affichée qu&apos;une fois.</translation>
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
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>&amp;Add token</source>
        <translation>Ajouter un &amp;jeton</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>Add an API token (Ctrl+N)</source>
        <translation>Ajouter un jeton d&apos;API (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="392"/>
        <source>Create e&amp;nrollment code…</source>
        <translation>Créer un code d&apos;e&amp;nrôlement…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="393"/>
        <source>A code PCs enroll with: each gets its own token, bound to that PC</source>
        <translation>Un code qui permet à des PC de s&apos;enrôler&#xa0;: chacun reçoit son propre jeton, lié à ce PC</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>Edit the selected token (Enter)</source>
        <translation>Modifier le jeton sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="395"/>
        <source>&amp;Regenerate key…</source>
        <translation>&amp;Régénérer la clé…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="396"/>
        <source>Issue a new key for the selected token</source>
        <translation>Émettre une nouvelle clé pour le jeton sélectionné</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="397"/>
        <source>Sus&amp;pend…</source>
        <translation>Sus&amp;pendre…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="398"/>
        <source>Switch the selected token off without deleting it</source>
        <translation>Mettre le jeton sélectionné hors service sans le supprimer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="399"/>
        <source>Res&amp;ume</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="400"/>
        <source>Switch the selected suspended token on again</source>
        <translation>Remettre en service le jeton suspendu sélectionné</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="401"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Load the list again (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Refre&amp;sh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="407"/>
        <source>Exp&amp;ort to CSV…</source>
        <translation>Exp&amp;orter en CSV…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="408"/>
        <source>Save every token the filters and the search match to a CSV file</source>
        <translation>Enregistrer dans un fichier CSV tous les jetons correspondant aux filtres et à la recherche</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="417"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Resume</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="421"/>
        <source>Show only:</source>
        <translation>Afficher uniquement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="423"/>
        <source>E&amp;xpiring</source>
        <translation>E&amp;xpire bientôt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="424"/>
        <source>Tokens that expire soon (within the policy&apos;s warning period)</source>
        <translation>Jetons qui expirent bientôt (dans le délai d&apos;avertissement de la stratégie)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Exp&amp;ired</source>
        <translation>Exp&amp;iré</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Tokens whose expiry has passed</source>
        <translation>Jetons dont la date d&apos;expiration est passée</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="426"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="427"/>
        <source>Tokens switched off by an administrator or as leaked</source>
        <translation>Jetons mis hors service par un administrateur ou parce que leur clé est compromise</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="428"/>
        <source>Unused &amp;90 days</source>
        <translation>Inutilisé depuis &amp;90 jours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="429"/>
        <source>Tokens never used, or not used for 90 days</source>
        <translation>Jetons jamais utilisés, ou inutilisés depuis 90 jours</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="430"/>
        <source>Unrestri&amp;cted</source>
        <translation>Sans restri&amp;ction</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="431"/>
        <source>Tokens that may call every endpoint from every address</source>
        <translation>Jetons qui peuvent appeler tous les points de terminaison depuis n&apos;importe quelle adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="437"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="438"/>
        <source>Search organization, ID or key…</source>
        <translation>Rechercher une organisation, un identifiant ou une clé…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="439"/>
        <source>Search organization, ID or key (Ctrl+F)</source>
        <translation>Rechercher une organisation, un identifiant ou une clé (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="440"/>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit this token (Enter)</source>
        <translation>Modifier ce jeton (Entrée)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="444"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="445"/>
        <source>Switch this token off without deleting it</source>
        <translation>Mettre ce jeton hors service sans le supprimer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Switch this token on again</source>
        <translation>Remettre ce jeton en service</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete this token (Del)</source>
        <translation>Supprimer ce jeton (Suppr)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="448"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="898"/>
        <source>The token you are signed in with is selected too: it is left out. Select it alone to change it.</source>
        <translation>Le jeton avec lequel vous êtes connecté est également sélectionné&#xa0;: il est exclu. Sélectionnez-le seul pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="908"/>
        <source>Suspend API tokens</source>
        <translation>Suspendre des jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="909"/>
        <source>Programs that use their keys stop working until the tokens are resumed. Their settings and history are kept.</source>
        <translation>Les programmes qui utilisent leurs clés cesseront de fonctionner jusqu&apos;à ce que les jetons soient réactivés. Leurs paramètres et leur historique sont conservés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="911"/>
        <source>Suspend %n API tokens?</source>
        <translation>
            <numerusform>Suspendre %n jeton d&apos;API&#xa0;?</numerusform>
            <numerusform>Suspendre %n jetons d&apos;API&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="924"/>
        <source>Resume API tokens</source>
        <translation>Réactiver des jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="925"/>
        <source>Programs that use their keys work again.</source>
        <translation>Les programmes qui utilisent leurs clés fonctionneront de nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="928"/>
        <source>Resume %n API tokens?</source>
        <translation>
            <numerusform>Réactiver %n jeton d&apos;API&#xa0;?</numerusform>
            <numerusform>Réactiver %n jetons d&apos;API&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="934"/>
        <source>%n of them were reported as leaked: whoever has a leaked key can use it again.</source>
        <translation>
            <numerusform>%n d&apos;entre eux a été signalé comme compromis&#xa0;: quiconque détient une clé compromise pourra de nouveau l&apos;utiliser.</numerusform>
            <numerusform>%n d&apos;entre eux ont été signalés comme compromis&#xa0;: quiconque détient une clé compromise pourra de nouveau l&apos;utiliser.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="944"/>
        <source>Delete API tokens</source>
        <translation>Supprimer des jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="945"/>
        <source>Programs that use their keys stop working at once. This cannot be undone.</source>
        <translation>Les programmes qui utilisent leurs clés cesseront aussitôt de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="947"/>
        <source>Delete %n API tokens?</source>
        <translation>
            <numerusform>Supprimer %n jeton d&apos;API&#xa0;?</numerusform>
            <numerusform>Supprimer %n jetons d&apos;API&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="959"/>
        <source>There is nothing to change in the selection.</source>
        <translation>Il n&apos;y a rien à modifier dans la sélection.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="974"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1108"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="984"/>
        <source>%1 of %2 API tokens done…</source>
        <translation>%1 jetons d&apos;API traités sur %2…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1006"/>
        <source>The token you are signed in with was left out.</source>
        <translation>Le jeton avec lequel vous êtes connecté a été exclu.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1012"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1028"/>
        <source>ID %1, %2 (key %3…)</source>
        <translation>ID %1, %2 (clé %3…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1032"/>
        <source>%n API tokens changed.</source>
        <translation>
            <numerusform>%n jeton d&apos;API modifié.</numerusform>
            <numerusform>%n jetons d&apos;API modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1035"/>
        <source>%n API tokens could not be changed:</source>
        <translation>
            <numerusform>%n jeton d&apos;API n&apos;a pas pu être modifié&#xa0;:</numerusform>
            <numerusform>%n jetons d&apos;API n&apos;ont pas pu être modifiés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1038"/>
        <source>%n API tokens were left as they are:</source>
        <translation>
            <numerusform>%n jeton d&apos;API a été laissé tel quel&#xa0;:</numerusform>
            <numerusform>%n jetons d&apos;API ont été laissés tels quels&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1041"/>
        <source>Cancelled: %n API tokens were not changed.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n jeton d&apos;API n&apos;a pas été modifié.</numerusform>
            <numerusform>Annulé&#xa0;: %n jetons d&apos;API n&apos;ont pas été modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1044"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n de plus.</numerusform>
            <numerusform>… et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1057"/>
        <source>Extend expiry</source>
        <translation>Prolonger l&apos;expiration</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1058"/>
        <source>Extend the expiry of %n API tokens?</source>
        <translation>
            <numerusform>Prolonger l&apos;expiration de %n jeton d&apos;API&#xa0;?</numerusform>
            <numerusform>Prolonger l&apos;expiration de %n jetons d&apos;API&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1060"/>
        <source>Each token&apos;s expiry moves on from its current expiry (from today if it has passed). Tokens that never expire are left as they are.</source>
        <translation>L&apos;expiration de chaque jeton est reportée à partir de sa date d&apos;expiration actuelle (à partir d&apos;aujourd&apos;hui si elle est passée). Les jetons qui n&apos;expirent jamais sont laissés tels quels.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1071"/>
        <source>it never expires</source>
        <translation>il n&apos;expire jamais</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1073"/>
        <source>it already expires later</source>
        <translation>il expire déjà plus tard</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1094"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1106"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1129"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1142"/>
        <source>Export API tokens</source>
        <translation>Exporter les jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1095"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1118"/>
        <source>Reading API tokens…</source>
        <translation>Lecture des jetons d&apos;API…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1119"/>
        <source>Read %1 of %2 API tokens…</source>
        <translation>%1 jetons d&apos;API lus sur %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1134"/>
        <source>Exported %n API tokens to the file below.</source>
        <translation>
            <numerusform>%n jeton d&apos;API exporté dans le fichier ci-dessous.</numerusform>
            <numerusform>%n jetons d&apos;API exportés dans le fichier ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1137"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="626"/>
        <source>Search API tokens</source>
        <translation>Rechercher des jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="627"/>
        <source>The search holds a whole API key. Searching by it would send the secret key to the server, which may keep it in its logs.</source>
        <translation>La recherche contient une clé d&apos;API complète. Rechercher avec elle enverrait la clé secrète au serveur, qui pourrait la conserver dans ses journaux.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="629"/>
        <source>Search by the key&apos;s first 12 characters, %1, instead?</source>
        <translation>Rechercher plutôt avec les 12 premiers caractères de la clé, %1 ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="780"/>
        <source>Suspend the API token of %1 (key %2…)?</source>
        <translation>Suspendre le jeton d&apos;API de %1 (clé %2…)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="784"/>
        <source>Suspend API token</source>
        <translation>Suspendre le jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="785"/>
        <source>Programs that use this key stop working until the token is resumed. Its settings and history are kept.</source>
        <translation>Les programmes qui utilisent cette clé cesseront de fonctionner jusqu&apos;à ce que le jeton soit réactivé. Ses paramètres et son historique sont conservés.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="798"/>
        <source>Suspend your own API token</source>
        <translation>Suspendre votre propre jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="799"/>
        <source>You are signed in with this token. If you suspend it, profile “%1” stops working, and you cannot resume it from here: another administrator has to.</source>
        <translation>Vous êtes connecté avec ce jeton. Si vous le suspendez, le profil «&#xa0;%1&#xa0;» cessera de fonctionner, et vous ne pourrez pas le réactiver d&apos;ici&#xa0;: un autre administrateur devra le faire.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="802"/>
        <source>Suspend the token you are signed in with?</source>
        <translation>Suspendre le jeton avec lequel vous êtes connecté&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="815"/>
        <source>Resume API token</source>
        <translation>Réactiver le jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="818"/>
        <source>Whoever has the leaked key can use it again. Regenerate the key to make it useless.</source>
        <translation>Quiconque détient la clé compromise pourra de nouveau l&apos;utiliser. Régénérez la clé pour la rendre inutilisable.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="843"/>
        <source>Delete the API token of %1 (key %2…)?</source>
        <translation>Supprimer le jeton d&apos;API de %1 (clé %2…) ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="783"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="846"/>
        <source>This is the token you are signed in with.</source>
        <translation>C&apos;est le jeton avec lequel vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="402"/>
        <source>Delete the selected tokens (Del)</source>
        <translation>Supprimer les jetons sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="404"/>
        <source>Extend expir&amp;y…</source>
        <translation>Prolon&amp;ger l&apos;expiration…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="405"/>
        <source>Move the expiry of the selected tokens later</source>
        <translation>Reporter l&apos;expiration des jetons sélectionnés</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="449"/>
        <source>More actions: Regenerate key…, Extend expiry…</source>
        <translation>Autres actions&#xa0;: Régénérer la clé…, Prolonger l&apos;expiration…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="816"/>
        <source>The key %2… of %1 was reported as leaked. Resume the token anyway?</source>
        <translation>La clé %2… de %1 a été signalée comme compromise. Réactiver le jeton malgré tout&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="847"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>Delete API token</source>
        <translation>Supprimer le jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="848"/>
        <source>Programs that use this key stop working at once. This cannot be undone.</source>
        <translation>Les programmes qui utilisent cette clé cesseront aussitôt de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="863"/>
        <source>Delete your own API token</source>
        <translation>Supprimer votre propre jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="864"/>
        <source>You are signed in with this token. If you delete it, you will be signed out: profile “%1” stops working until it gets a new API token.</source>
        <translation>Vous êtes connecté avec ce jeton. Si vous le supprimez, vous serez déconnecté : le profil « %1 » cessera de fonctionner jusqu&apos;à ce qu&apos;il reçoive un nouveau jeton d&apos;API.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="867"/>
        <source>Delete the token you are signed in with?</source>
        <translation>Supprimer le jeton avec lequel vous êtes connecté ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>API Token is Deleted</source>
        <translation>Le jeton d&apos;API a été supprimé</translation>
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
        <translation>Compliance Client continue de s&apos;exécuter dans la zone de notification. Pour le quitter, choisissez Quitter dans le menu de son icône.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="179"/>
        <source>&amp;Open Compliance Client</source>
        <translation>&amp;Ouvrir Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="184"/>
        <source>Compliance Client: %1</source>
        <translation>Compliance Client&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/tray.py" line="197"/>
        <source>Your API token expires in %n days.</source>
        <translation>
            <numerusform>Votre jeton d&apos;API expire dans %n jour.</numerusform>
            <numerusform>Votre jeton d&apos;API expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="218"/>
        <source>Device ID disabled</source>
        <translation>Identifiant d&apos;appareil désactivé</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="219"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>L&apos;identifiant d&apos;appareil de ce PC est désactivé sur le serveur. Un administrateur peut le réactiver.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="222"/>
        <source>API token suspended</source>
        <translation>Jeton d&apos;API suspendu</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="223"/>
        <source>Your API token is suspended. Ask your administrator to resume it.</source>
        <translation>Votre jeton d&apos;API est suspendu. Demandez à votre administrateur de le réactiver.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="240"/>
        <source>API token expires soon</source>
        <translation>Le jeton d&apos;API expire bientôt</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="241"/>
        <source>Ask your administrator to extend it.</source>
        <translation>Demandez à votre administrateur de le prolonger.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="254"/>
        <source>API token expired</source>
        <translation>Jeton d&apos;API expiré</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="255"/>
        <source>Your API token has expired. Ask your administrator to extend it or to issue a new one.</source>
        <translation>Votre jeton d&apos;API a expiré. Demandez à votre administrateur de le prolonger ou d&apos;en émettre un nouveau.</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="126"/>
        <source>%1: %2 allowed, %3 denied</source>
        <extracomment>A day label under every 7th bar, the newest day always labelled. How many ticks the y-axis aims for (the round step decides the exact number).</extracomment>
        <translation>%1&#xa0;: %2 autorisées, %3 refusées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="134"/>
        <source>Last %Ln days: %1 allowed, %2 denied</source>
        <translation>
            <numerusform>%Ln dernier jour&#xa0;: %1 autorisées, %2 refusées</numerusform>
            <numerusform>%Ln derniers jours&#xa0;: %1 autorisées, %2 refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="139"/>
        <source>%1; busiest day %2 (%Ln requests)</source>
        <translation>
            <numerusform>%1&#xa0;; jour le plus chargé&#xa0;: %2 (%Ln requête)</numerusform>
            <numerusform>%1&#xa0;; jour le plus chargé&#xa0;: %2 (%Ln requêtes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="144"/>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="280"/>
        <source>Allowed</source>
        <translation>Autorisées</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="281"/>
        <source>Denied</source>
        <translation>Refusées</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="192"/>
        <source>Choose a token to see how it was used.</source>
        <extracomment>The window the panel shows (the contract&apos;s default).</extracomment>
        <translation>Choisissez un jeton pour voir comment il a été utilisé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="194"/>
        <source>Your API token may not read how tokens are used.</source>
        <translation>Votre jeton d&apos;API ne peut pas consulter l&apos;utilisation des jetons.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="196"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="200"/>
        <source>Not used in the last %n days.</source>
        <translation>
            <numerusform>Aucune utilisation depuis %n jour.</numerusform>
            <numerusform>Aucune utilisation au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="206"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="208"/>
        <source>Usage of %1 (token %2)</source>
        <translation>Utilisation de %1 (jeton %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="215"/>
        <source>Last %n days: %1 allowed, %2 denied.</source>
        <translation>
            <numerusform>%n dernier jour&#xa0;: %1 requêtes autorisées, %2 refusées.</numerusform>
            <numerusform>%n derniers jours&#xa0;: %1 requêtes autorisées, %2 refusées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="258"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="261"/>
        <source>Last addresses</source>
        <translation>Dernières adresses</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="262"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="264"/>
        <source>Endpoints called</source>
        <translation>Points de terminaison appelés</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="265"/>
        <source>Counts may lag behind by up to 10 seconds.</source>
        <translation>Les compteurs peuvent avoir jusqu&apos;à 10 secondes de retard.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="266"/>
        <source>Loading usage</source>
        <translation>Chargement de l&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="14"/>
        <source>The server does not know this API token. It may have been deleted or regenerated; ask your administrator for a new one.</source>
        <translation>Le serveur ne reconnaît pas ce jeton d&apos;API. Il a peut-être été supprimé ou régénéré ; demandez-en un nouveau à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="19"/>
        <source>This token expired on {expires_at}. Ask your administrator to extend it or issue a new one.</source>
        <translation>Ce jeton a expiré le {expires_at}. Demandez à votre administrateur de le prolonger ou d&apos;en émettre un nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="24"/>
        <source>This API token is suspended: an administrator switched it off, or its key was reported as leaked. Ask your administrator to resume it or to issue a new one.</source>
        <translation>Ce jeton d&apos;API est suspendu&#xa0;: un administrateur l&apos;a mis hors service, ou sa clé a été signalée comme compromise. Demandez à votre administrateur de le réactiver ou d&apos;en émettre un nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="29"/>
        <source>This token is blocked for your address {address}.</source>
        <translation>Ce jeton est bloqué pour votre adresse {address}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="30"/>
        <source>This token may not be used from your address {address}.</source>
        <translation>Ce jeton ne peut pas être utilisé depuis votre adresse {address}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="33"/>
        <source>This token is blocked from {endpoint}.</source>
        <translation>Ce jeton est bloqué pour {endpoint}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="34"/>
        <source>This token is not allowed to use {endpoint}.</source>
        <translation>Ce jeton n&apos;est pas autorisé à utiliser {endpoint}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="37"/>
        <source>A token may not reach further than your own: {detail}</source>
        <translation>Un jeton ne peut pas dépasser les droits du vôtre : {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="40"/>
        <source>It no longer exists on the server; someone may have deleted it.</source>
        <translation>Il n&apos;existe plus sur le serveur ; quelqu&apos;un l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="43"/>
        <source>This token was changed by someone else.</source>
        <translation>Ce jeton a été modifié par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="44"/>
        <source>The server refused a change without a version check.</source>
        <translation>Le serveur a refusé une modification sans contrôle de version.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="47"/>
        <source>The server refused some fields: {detail}</source>
        <translation>Le serveur a refusé certains champs : {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="48"/>
        <source>The token policy forbids this: {detail}</source>
        <translation>La stratégie des jetons l&apos;interdit&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="51"/>
        <source>This is the last administrator token: deleting or restricting it would leave nobody able to manage tokens. Create another administrator token first.</source>
        <translation>C&apos;est le dernier jeton administrateur : le supprimer ou le restreindre ne laisserait plus personne capable de gérer les jetons. Créez d&apos;abord un autre jeton administrateur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="56"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>L&apos;identifiant d&apos;appareil de ce PC est désactivé sur le serveur. Un administrateur peut le réactiver.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="60"/>
        <source>This API token is bound to other devices and cannot be used on this PC. Ask your administrator for a token for this PC.</source>
        <translation>Ce jeton d&apos;API est lié à d&apos;autres appareils et ne peut pas être utilisé sur ce PC. Demandez à votre administrateur un jeton pour ce PC.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="65"/>
        <source>The server did not accept this PC&apos;s device proof. Check that this PC&apos;s date and time are right, then try again.</source>
        <translation>Le serveur n&apos;a pas accepté la preuve d&apos;appareil de ce PC. Vérifiez que la date et l&apos;heure de ce PC sont correctes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="70"/>
        <source>This API token is bound to devices, and this PC&apos;s keyring holds no device key to prove which device it is. Register this PC on the This device page, or ask your administrator.</source>
        <translation>Ce jeton d&apos;API est lié à des appareils, et le trousseau de clés de ce PC ne contient aucune clé d&apos;appareil pour prouver de quel appareil il s&apos;agit. Inscrivez ce PC sur la page Cet appareil, ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="76"/>
        <source>The server knows this PC&apos;s device ID with another device key: the key in this PC&apos;s keyring is missing or different. An administrator can delete this device ID on the server so that this PC can register again.</source>
        <translation>Le serveur associe l&apos;identifiant d&apos;appareil de ce PC à une autre clé d&apos;appareil : la clé du trousseau de clés de ce PC est absente ou différente. Un administrateur peut supprimer cet identifiant d&apos;appareil sur le serveur afin que ce PC puisse s&apos;inscrire à nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="82"/>
        <source>A token is bound to this device, so it cannot be deleted. Unbind it from those tokens first.</source>
        <translation>Un jeton est lié à cet appareil : il ne peut donc pas être supprimé. Dissociez-le d&apos;abord de ces jetons.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="87"/>
        <source>The server does not accept this enrollment code: it is unknown, used up or expired. Ask your administrator for a new one.</source>
        <translation>Le serveur n&apos;accepte pas ce code d&apos;enrôlement&#xa0;: il est inconnu, épuisé ou expiré. Demandez-en un nouveau à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="92"/>
        <source>The request is too large for the server at {url}. Send fewer entries at once.</source>
        <translation>La requête est trop volumineuse pour le serveur {url}. Envoyez moins d&apos;entrées à la fois.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="96"/>
        <source>The search holds a whole API key, so it was not sent to the server. Search by the key&apos;s first 12 characters, {prefix}, instead.</source>
        <translation>La recherche contient une clé d&apos;API complète ; elle n&apos;a donc pas été envoyée au serveur. Recherchez plutôt avec les 12 premiers caractères de la clé, {prefix}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="101"/>
        <source>Too many failed sign-ins from your address. Try again in {retry_after} seconds.</source>
        <translation>Trop de tentatives de connexion ont échoué depuis votre adresse. Réessayez dans {retry_after} secondes.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="105"/>
        <source>The server at {url} is temporarily unavailable. Try again in a minute.</source>
        <translation>Le serveur {url} est temporairement indisponible. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="108"/>
        <source>The server at {url} had an internal error. Try again; if it persists, tell the server&apos;s administrator.</source>
        <translation>Le serveur {url} a rencontré une erreur interne. Réessayez ; si l&apos;erreur persiste, prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="113"/>
        <source>The server at {url} refused the connection. Is the URL right and the server running?</source>
        <translation>Le serveur {url} a refusé la connexion. L&apos;URL est-elle correcte et le serveur est-il en marche ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="117"/>
        <source>The server at {url} did not answer in time. Check your network and try again.</source>
        <translation>Le serveur {url} n&apos;a pas répondu à temps. Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="121"/>
        <source>The server at {url} presented a certificate this PC does not trust. Check the URL, or set the organization&apos;s CA bundle in the profile.</source>
        <translation>Le serveur {url} a présenté un certificat auquel ce PC ne fait pas confiance. Vérifiez l&apos;URL, ou indiquez le paquet de certificats CA de l&apos;organisation dans le profil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="127"/>
        <source>The server at {url} answered with something that is not a Compliance token server. Is the URL right?</source>
        <translation>Le serveur {url} a renvoyé une réponse qui ne provient pas d&apos;un serveur de jetons Compliance. L&apos;URL est-elle correcte ?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="132"/>
        <source>The server at {url} answered unexpectedly ({detail}).</source>
        <translation>Le serveur {url} a renvoyé une réponse inattendue ({detail}).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="135"/>
        <source>Plain http:// is only allowed for this computer&apos;s own addresses. Use https:// for {url}.</source>
        <translation>Le http:// simple n&apos;est autorisé que pour les adresses propres à cet ordinateur. Utilisez https:// pour {url}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="139"/>
        <source>The server URL is not valid. Enter it like https://compliance.example.com.</source>
        <translation>L&apos;URL du serveur n&apos;est pas valide. Entrez-la sous la forme https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="142"/>
        <source>The server at {url} redirected to an address the API token must not be sent to. Check the server URL.</source>
        <translation>Le serveur {url} a redirigé vers une adresse à laquelle le jeton d&apos;API ne doit pas être envoyé. Vérifiez l&apos;URL du serveur.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="147"/>
        <source>No secure keyring is available on this PC, so the API token could not be kept safely. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>Aucun trousseau de clés sécurisé n&apos;est disponible sur ce PC : le jeton d&apos;API n&apos;a donc pas pu être conservé en lieu sûr. Installez ou déverrouillez le trousseau de clés de votre système (Windows Credential Manager, GNOME Keyring, KWallet), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="154"/>
        <source>No secure keyring is available on this PC, so its device key could not be kept. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>Aucun trousseau de clés sécurisé n&apos;est disponible sur ce PC : sa clé d&apos;appareil n&apos;a donc pas pu être conservée. Installez ou déverrouillez le trousseau de clés de votre système (Windows Credential Manager, GNOME Keyring, KWallet), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="160"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed, so this PC&apos;s device key could not be used. Unlock the keyring and try again.</source>
        <translation>Votre trousseau de clés est verrouillé, ou sa demande de déverrouillage a été fermée : la clé d&apos;appareil de ce PC n&apos;a donc pas pu être utilisée. Déverrouillez le trousseau de clés et réessayez.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="165"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed. Unlock the keyring and try again.</source>
        <translation>Votre trousseau de clés est verrouillé, ou sa demande de déverrouillage a été fermée. Déverrouillez le trousseau de clés et réessayez.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="170"/>
        <source>This API token is too long for Windows Credential Manager (at most 2,560 bytes). Check that you pasted only the token.</source>
        <translation>Ce jeton d&apos;API est trop long pour Windows Credential Manager (2 560 octets au maximum). Vérifiez que vous n&apos;avez collé que le jeton.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="175"/>
        <source>The system keyring reported an error. Try again; if it persists, restart the keyring service or this PC.</source>
        <translation>Le trousseau de clés du système a signalé une erreur. Réessayez ; si l&apos;erreur persiste, redémarrez le service de trousseau de clés ou ce PC.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="180"/>
        <source>The profile file could not be read, so the app starts without a profile. The old file was kept as {moved_to}. Set up your profile again, or ask your support team to recover it from that file.</source>
        <translation>Le fichier de profil n&apos;a pas pu être lu : l&apos;application démarre donc sans profil. L&apos;ancien fichier a été conservé sous {moved_to}. Configurez à nouveau votre profil, ou demandez à votre équipe d&apos;assistance de le récupérer à partir de ce fichier.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="187"/>
        <source>The profile could not be saved to {path}; the previous profile file is unchanged. Free some disk space or check the folder&apos;s permissions, then save again.</source>
        <translation>Le profil n&apos;a pas pu être enregistré dans {path} ; le fichier de profil précédent est inchangé. Libérez de l&apos;espace disque ou vérifiez les autorisations du dossier, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="193"/>
        <source>This PC&apos;s device ID could not be read or created. Check that the app may write to its data folder.</source>
        <translation>L&apos;identifiant d&apos;appareil de ce PC n&apos;a pas pu être lu ni créé. Vérifiez que l&apos;application peut écrire dans son dossier de données.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="198"/>
        <source>No profile is set up yet. Fill in the profile first.</source>
        <translation>Aucun profil n&apos;est encore configuré. Remplissez d&apos;abord le profil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="201"/>
        <source>This profile has no API token. Enter one in the profile.</source>
        <translation>Ce profil n&apos;a pas de jeton d&apos;API. Saisissez-en un dans le profil.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="218"/>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="124"/>
        <source>&amp;Yes</source>
        <extracomment>What a title bar takes besides its text, in logical pixels: room for a close button on both sides (46 pixels on Windows 10/11; a title centred in the bar, as GNOME draws it, needs the same room on the side without buttons) and for the window icon&apos;s margins. The fonts a title may be drawn in: the platform&apos;s title bar font (Windows: the caption font), the one QMessageBox measures with, and the box&apos;s own; the widest counts.</extracomment>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="125"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="137"/>
        <location filename="../../compliance_client/ui/messages.py" line="144"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
