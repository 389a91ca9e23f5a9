<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="524"/>
        <source>The keys of %n tokens start with this: type more of the key, or the token&apos;s ID.</source>
        <translation>
            <numerusform>The key of %n token starts with this: type more of the key, or the token&apos;s ID.</numerusform>
            <numerusform>The keys of %n tokens start with this: type more of the key, or the token&apos;s ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="603"/>
        <source>%n entries were written.</source>
        <translation>
            <numerusform>%n entry was written.</numerusform>
            <numerusform>%n entries were written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentCodeDialog</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/key_dialog.py" line="250"/>
        <source>Valid until %1 for %n enrollments.</source>
        <translation>
            <numerusform>Valid until %1 for %n enrollment.</numerusform>
            <numerusform>Valid until %1 for %n enrollments.</numerusform>
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
    <name>ExtendChoice</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1177"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
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
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="380"/>
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
        <location filename="../../compliance_client/ui/grid/tokens.py" line="282"/>
        <source>Unused %n days</source>
        <translation>
            <numerusform>Unused %n day</numerusform>
            <numerusform>Unused %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="331"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>%n token matches</numerusform>
            <numerusform>%n tokens match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="336"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="379"/>
        <source>%1 (expires in %n days)</source>
        <translation>
            <numerusform>%1 (expires in %n day)</numerusform>
            <numerusform>%1 (expires in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="390"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="911"/>
        <source>Suspend %n API tokens?</source>
        <translation>
            <numerusform>Suspend %n API token?</numerusform>
            <numerusform>Suspend %n API tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="928"/>
        <source>Resume %n API tokens?</source>
        <translation>
            <numerusform>Resume %n API token?</numerusform>
            <numerusform>Resume %n API tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="934"/>
        <source>%n of them were reported as leaked: whoever has a leaked key can use it again.</source>
        <translation>
            <numerusform>%n of them was reported as leaked: whoever has a leaked key can use it again.</numerusform>
            <numerusform>%n of them were reported as leaked: whoever has a leaked key can use it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="947"/>
        <source>Delete %n API tokens?</source>
        <translation>
            <numerusform>Delete %n API token?</numerusform>
            <numerusform>Delete %n API tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1032"/>
        <source>%n API tokens changed.</source>
        <translation>
            <numerusform>%n API token changed.</numerusform>
            <numerusform>%n API tokens changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1035"/>
        <source>%n API tokens could not be changed:</source>
        <translation>
            <numerusform>%n API token could not be changed:</numerusform>
            <numerusform>%n API tokens could not be changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1038"/>
        <source>%n API tokens were left as they are:</source>
        <translation>
            <numerusform>%n API token was left as it is:</numerusform>
            <numerusform>%n API tokens were left as they are:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1041"/>
        <source>Cancelled: %n API tokens were not changed.</source>
        <translation>
            <numerusform>Cancelled: %n API token was not changed.</numerusform>
            <numerusform>Cancelled: %n API tokens were not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1044"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1058"/>
        <source>Extend the expiry of %n API tokens?</source>
        <translation>
            <numerusform>Extend the expiry of %n API token?</numerusform>
            <numerusform>Extend the expiry of %n API tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1134"/>
        <source>Exported %n API tokens to the file below.</source>
        <translation>
            <numerusform>Exported %n API token to the file below.</numerusform>
            <numerusform>Exported %n API tokens to the file below.</numerusform>
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
<context>
    <name>UsageChart</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="134"/>
        <source>Last %Ln days: %1 allowed, %2 denied</source>
        <translation>
            <numerusform>Last %Ln day: %1 allowed, %2 denied</numerusform>
            <numerusform>Last %Ln days: %1 allowed, %2 denied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="139"/>
        <source>%1; busiest day %2 (%Ln requests)</source>
        <translation>
            <numerusform>%1; busiest day %2 (%Ln request)</numerusform>
            <numerusform>%1; busiest day %2 (%Ln requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="200"/>
        <source>Not used in the last %n days.</source>
        <translation>
            <numerusform>Not used in the last %n day.</numerusform>
            <numerusform>Not used in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="215"/>
        <source>Last %n days: %1 allowed, %2 denied.</source>
        <translation>
            <numerusform>Last %n day: %1 allowed, %2 denied.</numerusform>
            <numerusform>Last %n days: %1 allowed, %2 denied.</numerusform>
        </translation>
    </message>
</context>
</TS>
