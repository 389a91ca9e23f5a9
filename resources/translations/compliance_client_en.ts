<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="188"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="101"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPlurals</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="22"/>
        <source>The token policy allows at most %n days from today: pick an earlier day.</source>
        <translation>
            <numerusform>The token policy allows at most %n day from today: pick an earlier day.</numerusform>
            <numerusform>The token policy allows at most %n days from today: pick an earlier day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="338"/>
        <source>Your API token expires in %n days, on %1. Ask your administrator to extend it before then: once it has expired, this PC can no longer reach the server.</source>
        <translation>
            <numerusform>Your API token expires in %n day, on %1. Ask your administrator to extend it before then: once it has expired, this PC can no longer reach the server.</numerusform>
            <numerusform>Your API token expires in %n days, on %1. Ask your administrator to extend it before then: once it has expired, this PC can no longer reach the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="280"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="323"/>
        <source>%1 (expires in %n days)</source>
        <translation>
            <numerusform>%1 (expires in %n day)</numerusform>
            <numerusform>%1 (expires in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="334"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/tray.py" line="197"/>
        <source>Your API token expires in %n days.</source>
        <translation>
            <numerusform>Your API token expires in %n day.</numerusform>
            <numerusform>Your API token expires in %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
