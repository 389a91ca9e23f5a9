<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="142"/>
        <source>About Compliance Client</source>
        <translation>Compliance Client সম্পর্কে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="144"/>
        <source>Compliance Client %1</source>
        <translation>Compliance Client %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="146"/>
        <source>Version</source>
        <translation>সংস্করণ</translation>
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
        <translation>অপারেটিং সিস্টেম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="151"/>
        <source>Settings folder</source>
        <translation>সেটিংস ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="152"/>
        <source>Data folder</source>
        <translation>ডেটা ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="153"/>
        <source>Log folder</source>
        <translation>লগ ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="157"/>
        <source>Copy &amp;diagnostics</source>
        <translation>ডায়াগনস্টিক কপি করুন (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="160"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="175"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>ডায়াগনস্টিক ক্লিপবোর্ডে কপি করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="68"/>
        <source>name</source>
        <extracomment>Wait this long after the last key in the token field before asking the server. Entries per request of an export (the server&apos;s largest page).</extracomment>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="69"/>
        <source>description</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="70"/>
        <source>owner</source>
        <translation>মালিক</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="71"/>
        <source>reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="72"/>
        <source>old key works until</source>
        <translation>পুরোনো কী-এর মেয়াদ শেষ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="73"/>
        <source>grace period</source>
        <translation>অতিরিক্ত সময়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="74"/>
        <source>created by</source>
        <translation>তৈরি করেছেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="75"/>
        <source>devices</source>
        <translation>ডিভাইস</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="76"/>
        <source>maximum lifetime (days)</source>
        <translation>সর্বোচ্চ মেয়াদ (দিন)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="77"/>
        <source>expire date required</source>
        <translation>মেয়াদোত্তীর্ণের তারিখ আবশ্যক</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="78"/>
        <source>IP restriction required</source>
        <translation>IP সীমাবদ্ধতা আবশ্যক</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="79"/>
        <source>default lifetime (days)</source>
        <translation>ডিফল্ট মেয়াদ (দিন)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="80"/>
        <source>warning before expiry (days)</source>
        <translation>মেয়াদ শেষের আগে সতর্কবার্তা (দিন)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="81"/>
        <source>organization name</source>
        <translation>প্রতিষ্ঠানের নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="82"/>
        <source>organization ID</source>
        <translation>প্রতিষ্ঠানের আইডি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="83"/>
        <source>key</source>
        <translation>কী</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="84"/>
        <source>allowed endpoints</source>
        <translation>অনুমোদিত এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="85"/>
        <source>blocked endpoints</source>
        <translation>অবরুদ্ধ এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="86"/>
        <source>allowed IPs</source>
        <translation>অনুমোদিত IP</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="87"/>
        <source>blocked IPs</source>
        <translation>অবরুদ্ধ IP</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="88"/>
        <source>expiry</source>
        <translation>মেয়াদোত্তীর্ণের তারিখ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="89"/>
        <source>scope</source>
        <translation>পরিধি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="90"/>
        <source>status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="91"/>
        <source>host name</source>
        <translation>হোস্টের নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="92"/>
        <source>profile name</source>
        <translation>প্রোফাইলের নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="99"/>
        <source>active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="100"/>
        <source>disabled</source>
        <translation>নিষ্ক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="101"/>
        <source>suspended</source>
        <translation>স্থগিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="102"/>
        <source>by an administrator</source>
        <translation>প্রশাসকের দ্বারা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="103"/>
        <source>key reported as leaked</source>
        <translation>কী ফাঁস হয়েছে বলে জানানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="104"/>
        <source>all organizations</source>
        <translation>সব প্রতিষ্ঠান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="105"/>
        <source>own organization</source>
        <translation>নিজস্ব প্রতিষ্ঠান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="110"/>
        <source>(none)</source>
        <translation>(কোনোটিই নয়)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>no</source>
        <translation>না</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="122"/>
        <source>(empty)</source>
        <translation>(খালি)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="125"/>
        <source> +%1 more</source>
        <translation> +আরও %1টি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="148"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="163"/>
        <source>Added API token %1</source>
        <translation>API টোকেন %1 যোগ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="164"/>
        <source>Changed API token %1</source>
        <translation>API টোকেন %1 পরিবর্তন করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="165"/>
        <source>Regenerated the key of API token %1</source>
        <translation>API টোকেন %1-এর কী পুনরায় তৈরি করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="166"/>
        <source>Deleted API token %1</source>
        <translation>API টোকেন %1 মুছে ফেলা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="167"/>
        <source>Registered device %1</source>
        <translation>ডিভাইস %1 নিবন্ধন করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="168"/>
        <source>Disabled device %1</source>
        <translation>ডিভাইস %1 নিষ্ক্রিয় করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="169"/>
        <source>Enabled device %1</source>
        <translation>ডিভাইস %1 সক্রিয় করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="170"/>
        <source>Suspended API token %1</source>
        <translation>API টোকেন %1 স্থগিত করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="171"/>
        <source>Resumed API token %1</source>
        <translation>API টোকেন %1 পুনরায় চালু করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="172"/>
        <source>API token %1 rotated its own key</source>
        <translation>API টোকেন %1 নিজের কী বদলেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="173"/>
        <source>Suspended API token %1 after a leaked-key report</source>
        <translation>কী ফাঁসের খবরের পরে API টোকেন %1 স্থগিত করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="175"/>
        <source>Changed the token policy</source>
        <translation>টোকেন নীতি পরিবর্তন করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>When</source>
        <extracomment>What the server is asked for. Frozen: a worker reads it while the GUI thread may put a new one here, and a change reloads, so an answer for the old one is dropped.</extracomment>
        <translation>কখন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>Who</source>
        <translation>কে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>From where</source>
        <translation>কোথা থেকে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>What</source>
        <translation>কী ঘটেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="239"/>
        <source>No entries match the filters.</source>
        <translation>ফিল্টারের সাথে কোনো এন্ট্রি মেলেনি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="240"/>
        <source>The audit log is empty.</source>
        <translation>অডিট লগ খালি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="245"/>
        <source>Showing %1 of %2 entries</source>
        <translation>%2টি এন্ট্রির মধ্যে %1টি দেখানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="247"/>
        <source>1 entry</source>
        <translation>1টি এন্ট্রি</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%nটি এন্ট্রি</numerusform>
            <numerusform>%nটি এন্ট্রি</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="253"/>
        <source>A report of a leaked key</source>
        <translation>ফাঁস হওয়া কী-এর একটি প্রতিবেদন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="255"/>
        <source>Server administrator (on the server)</source>
        <translation>সার্ভার প্রশাসক (সার্ভারে)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="257"/>
        <source>%1… (token %2)</source>
        <translation>%1… (টোকেন %2)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="258"/>
        <source>Token %1</source>
        <translation>টোকেন %1</translation>
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
        <translation>%1-এর মতো করে একটি তারিখ লিখুন, অথবা ক্যালেন্ডার থেকে একটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="469"/>
        <source>The from date is after the to date.</source>
        <translation>শুরুর তারিখটি শেষের তারিখের পরে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="502"/>
        <source>Your API token may not list tokens, so a key cannot be looked up: type the token&apos;s ID.</source>
        <translation>আপনার API টোকেন টোকেনের তালিকা দেখতে পারে না, তাই কী দিয়ে খোঁজা যাবে না: টোকেনের আইডি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="520"/>
        <source>No token&apos;s key starts with %1.</source>
        <translation>কোনো টোকেনের কী %1 দিয়ে শুরু হয় না।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="524"/>
        <source>The keys of %n tokens start with this: type more of the key, or the token&apos;s ID.</source>
        <translation>
            <numerusform>%nটি টোকেনের কী এটি দিয়ে শুরু হয়: কী-এর আরও অংশ লিখুন, অথবা টোকেনের আইডি লিখুন।</numerusform>
            <numerusform>%nটি টোকেনের কী এটি দিয়ে শুরু হয়: কী-এর আরও অংশ লিখুন, অথবা টোকেনের আইডি লিখুন।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="552"/>
        <source>Any action</source>
        <translation>যেকোনো কার্যক্রম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="564"/>
        <source>audit-log</source>
        <translation>অডিট-লগ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="584"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="602"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="609"/>
        <source>Export the audit log</source>
        <translation>অডিট লগ এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="580"/>
        <source>%1 of %2 entries</source>
        <translation>%2টি এন্ট্রির মধ্যে %1টি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="585"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="603"/>
        <source>%n entries were written.</source>
        <translation>
            <numerusform>%nটি এন্ট্রি লেখা হয়েছে।</numerusform>
            <numerusform>%nটি এন্ট্রি লেখা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="608"/>
        <source>The file could not be written: %1</source>
        <translation>ফাইলটি লেখা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="614"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="620"/>
        <source>Audit log</source>
        <translation>অডিট লগ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="615"/>
        <source>Refre&amp;sh</source>
        <translation>রিফ্রেশ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="616"/>
        <source>Load the log again (F5)</source>
        <translation>লগটি আবার লোড করুন (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="617"/>
        <source>&amp;Export to CSV…</source>
        <translation>CSV-তে এক্সপোর্ট করুন (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="619"/>
        <source>Write every entry the filters show to a CSV file</source>
        <translation>ফিল্টারে দেখানো প্রতিটি এন্ট্রি একটি CSV ফাইলে লিখুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="621"/>
        <source>Token:</source>
        <translation>টোকেন:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="622"/>
        <source>ID or key prefix</source>
        <translation>আইডি বা কী-এর শুরুর অংশ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="624"/>
        <source>Entries by or about one token: its ID, or the start of its key</source>
        <translation>একটি টোকেনের করা বা সেটি সম্পর্কিত এন্ট্রি: এর আইডি, অথবা এর কী-এর শুরুর অংশ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="625"/>
        <source>Token ID or key prefix</source>
        <translation>টোকেনের আইডি বা কী-এর শুরুর অংশ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="626"/>
        <source>Action:</source>
        <translation>কার্যক্রম:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="627"/>
        <source>Action</source>
        <translation>কার্যক্রম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="629"/>
        <source>From:</source>
        <translation>থেকে:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="630"/>
        <source>From date</source>
        <translation>শুরুর তারিখ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="631"/>
        <source>To:</source>
        <translation>পর্যন্ত:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="632"/>
        <source>To date</source>
        <translation>শেষের তারিখ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="633"/>
        <source>C&amp;lear filters</source>
        <translation>ফিল্টার মুছুন (&amp;L)</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="60"/>
        <source>Hide the code</source>
        <translation>কোড লুকান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="61"/>
        <source>Show the code</source>
        <translation>কোড দেখান</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="154"/>
        <source>Open the calendar</source>
        <translation>ক্যালেন্ডার খুলুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="155"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>ক্যালেন্ডার খুলুন (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="220"/>
        <source>Disable device ID</source>
        <extracomment>Thumbprint of the device key in this PC&apos;s keyring (None: none there).</extracomment>
        <translation>ডিভাইস আইডি নিষ্ক্রিয় করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="221"/>
        <source>Disable the device ID of this PC?</source>
        <translation>এই পিসির ডিভাইস আইডি নিষ্ক্রিয় করবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="222"/>
        <source>This PC will no longer be accepted by the compliance server until an administrator enables it again.</source>
        <translation>কোনো প্রশাসক আবার সক্রিয় না করা পর্যন্ত কমপ্লায়েন্স সার্ভার এই পিসিকে আর গ্রহণ করবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="270"/>
        <source>Device registered</source>
        <translation>ডিভাইস নিবন্ধিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="271"/>
        <source>This PC is registered with the compliance server.</source>
        <translation>এই পিসি কমপ্লায়েন্স সার্ভারে নিবন্ধিত।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="275"/>
        <source>Device ID disabled</source>
        <translation>ডিভাইস আইডি নিষ্ক্রিয় করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="276"/>
        <source>Device ID disabled. This PC is no longer accepted by the compliance server until an administrator enables it again.</source>
        <translation>ডিভাইস আইডি নিষ্ক্রিয় করা হয়েছে। কোনো প্রশাসক আবার সক্রিয় না করা পর্যন্ত কমপ্লায়েন্স সার্ভার এই পিসিকে আর গ্রহণ করবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="284"/>
        <source>Device ID enabled</source>
        <translation>ডিভাইস আইডি সক্রিয় করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="285"/>
        <source>Device ID enabled. The compliance server accepts this PC again.</source>
        <translation>ডিভাইস আইডি সক্রিয় করা হয়েছে। কমপ্লায়েন্স সার্ভার আবার এই পিসিকে গ্রহণ করছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="326"/>
        <source>This device</source>
        <translation>এই ডিভাইস</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="328"/>
        <source>The compliance server knows this PC by its device ID. If this PC is lost or handed on, disable its device ID so the server no longer accepts it.</source>
        <translation>কমপ্লায়েন্স সার্ভার এই পিসিকে এর ডিভাইস আইডি দিয়ে চেনে। এই পিসি হারিয়ে গেলে বা অন্য কাউকে দেওয়া হলে এর ডিভাইস আইডি নিষ্ক্রিয় করুন, যাতে সার্ভার এটিকে আর গ্রহণ না করে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="330"/>
        <source>Device ID:</source>
        <translation>ডিভাইস আইডি:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="331"/>
        <source>Host name:</source>
        <translation>হোস্টের নাম:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="332"/>
        <source>Status:</source>
        <translation>অবস্থা:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="333"/>
        <source>Device key:</source>
        <translation>ডিভাইস কী:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="334"/>
        <source>Registered:</source>
        <translation>নিবন্ধিত:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="335"/>
        <source>Last seen:</source>
        <translation>সর্বশেষ দেখা গেছে:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="336"/>
        <source>Disabled:</source>
        <translation>নিষ্ক্রিয়:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="337"/>
        <source>On the compliance server</source>
        <translation>কমপ্লায়েন্স সার্ভারে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="338"/>
        <source>&amp;Copy</source>
        <translation>কপি (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="339"/>
        <source>Copy the device ID</source>
        <translation>ডিভাইস আইডি কপি করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="340"/>
        <source>Device ID</source>
        <translation>ডিভাইস আইডি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="341"/>
        <source>Host name</source>
        <translation>হোস্টের নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="342"/>
        <source>Status on the server</source>
        <translation>সার্ভারে অবস্থা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="343"/>
        <source>Device key on the server</source>
        <translation>সার্ভারে ডিভাইস কী</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="344"/>
        <source>About the device key</source>
        <translation>ডিভাইস কী সম্পর্কে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="345"/>
        <source>Registered</source>
        <translation>নিবন্ধিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="346"/>
        <source>Last seen</source>
        <translation>সর্বশেষ দেখা গেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="347"/>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="401"/>
        <source>Disabled</source>
        <translation>নিষ্ক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="348"/>
        <source>Asking the server</source>
        <translation>সার্ভারের কাছে জানতে চাওয়া হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="349"/>
        <source>Problem</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="350"/>
        <source>&amp;Register this PC</source>
        <translation>এই পিসি নিবন্ধন করুন (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="351"/>
        <source>&amp;Disable device ID…</source>
        <translation>ডিভাইস আইডি নিষ্ক্রিয় করুন (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="352"/>
        <source>&amp;Enable device ID</source>
        <translation>ডিভাইস আইডি সক্রিয় করুন (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="353"/>
        <source>Refre&amp;sh</source>
        <translation>রিফ্রেশ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="387"/>
        <source>Reading…</source>
        <translation>পড়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="396"/>
        <source>Not known</source>
        <translation>অজানা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="397"/>
        <source>Asking the server…</source>
        <translation>সার্ভারের কাছে জানতে চাওয়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="399"/>
        <source>Not registered: the server does not know this PC yet.</source>
        <translation>নিবন্ধিত নয়: সার্ভার এখনও এই পিসিকে চেনে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="400"/>
        <source>Active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="440"/>
        <source>None</source>
        <translation>নেই</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="444"/>
        <source>The server has no device key for this PC, so it cannot tell this PC&apos;s requests from others made with the same token. Register this PC to add its key.</source>
        <translation>সার্ভারে এই পিসির কোনো ডিভাইস কী নেই, তাই একই টোকেন দিয়ে অন্যদের করা অনুরোধ থেকে সার্ভার এই পিসির অনুরোধ আলাদা করতে পারে না। এর কী যোগ করতে এই পিসি নিবন্ধন করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="448"/>
        <source>This PC&apos;s keyring holds this key: every request is signed with it.</source>
        <translation>এই পিসির কীরিং-এ এই কী আছে: প্রতিটি অনুরোধ এটি দিয়ে স্বাক্ষর করা হয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="451"/>
        <source>This PC&apos;s keyring does not hold this key, so its requests are not signed, and tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with a new key.</source>
        <translation>এই পিসির কীরিং-এ এই কী নেই, তাই এর অনুরোধগুলো স্বাক্ষরিত হয় না, এবং এই পিসিতে আবদ্ধ টোকেনগুলো প্রত্যাখ্যাত হয়। কোনো প্রশাসক সার্ভারে এই ডিভাইস আইডি মুছে ফেলতে পারেন, যাতে এই পিসি একটি নতুন কী দিয়ে আবার নিবন্ধন করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="456"/>
        <source>This PC&apos;s keyring holds a different key, so tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with its key.</source>
        <translation>এই পিসির কীরিং-এ একটি ভিন্ন কী আছে, তাই এই পিসিতে আবদ্ধ টোকেনগুলো প্রত্যাখ্যাত হয়। কোনো প্রশাসক সার্ভারে এই ডিভাইস আইডি মুছে ফেলতে পারেন, যাতে এই পিসি তার নিজের কী দিয়ে আবার নিবন্ধন করতে পারে।</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="159"/>
        <source>Enroll with a code</source>
        <translation>কোড দিয়ে নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="161"/>
        <source>Enter the enrollment code your administrator gave you. This PC then gets an API token of its own, kept in the system keyring: there is no key to paste.</source>
        <translation>আপনার প্রশাসকের দেওয়া নথিভুক্তির কোড লিখুন। এরপর এই পিসি নিজস্ব একটি API টোকেন পাবে, যা সিস্টেম কীরিং-এ রাখা হবে: কোনো কী পেস্ট করতে হবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="163"/>
        <source>Server &amp;URL:</source>
        <translation>সার্ভার URL (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="164"/>
        <source>Server URL</source>
        <translation>সার্ভার URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="166"/>
        <source>Enrollment &amp;code:</source>
        <translation>নথিভুক্তির কোড (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="167"/>
        <source>Enrollment code</source>
        <translation>নথিভুক্তির কোড</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="168"/>
        <source>Paste the code (cce_…)</source>
        <translation>কোড পেস্ট করুন (cce_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="169"/>
        <source>Set by your organization</source>
        <translation>আপনার প্রতিষ্ঠান সেট করেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="170"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>আপনার প্রতিষ্ঠান এই পিসির জন্য এই মানটি সেট করেছে; এটি এখানে পরিবর্তন করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="176"/>
        <source>Enrolling this PC</source>
        <translation>এই পিসি নথিভুক্ত করা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="180"/>
        <source>Enrolling…</source>
        <translation>নথিভুক্ত করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="181"/>
        <source>&amp;Enroll</source>
        <translation>নথিভুক্ত করুন (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="182"/>
        <source>Enroll</source>
        <translation>নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="282"/>
        <source>Nothing was sent to the server: the code can still be used once the keyring works.</source>
        <translation>সার্ভারে কিছুই পাঠানো হয়নি: কীরিং কাজ করতে শুরু করলে কোডটি তখনও ব্যবহার করা যাবে।</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodeDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="233"/>
        <source>New enrollment code</source>
        <translation>নতুন নথিভুক্তির কোড</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="235"/>
        <source>Give this code to the PCs that are to enroll: put it in the EnrollmentCode policy, or enter it in Profile &gt; Enroll with a code. It is shown only this once.</source>
        <translation>যেসব পিসি নথিভুক্ত করতে হবে সেগুলোকে এই কোড দিন: এটি EnrollmentCode নীতিতে দিন, অথবা “প্রোফাইল &gt; কোড দিয়ে নথিভুক্ত করুন”-এ লিখুন। এটি শুধু এখনই দেখানো হচ্ছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="237"/>
        <source>You won&apos;t see this code again.</source>
        <translation>আপনি এই কোড আর দেখতে পাবেন না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="238"/>
        <source>Enrollment code</source>
        <translation>নথিভুক্তির কোড</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="244"/>
        <source>QR code of the enrollment code</source>
        <translation>নথিভুক্তির কোডের QR কোড</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="246"/>
        <source>The same code as above, to scan with a phone or a tablet.</source>
        <translation>উপরের কোডটিই, ফোন বা ট্যাবলেট দিয়ে স্ক্যান করার জন্য।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/key_dialog.py" line="250"/>
        <source>Valid until %1 for %n enrollments.</source>
        <translation>
            <numerusform>%1 পর্যন্ত %nটি নথিভুক্তির জন্য বৈধ।</numerusform>
            <numerusform>%1 পর্যন্ত %nটি নথিভুক্তির জন্য বৈধ।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="53"/>
        <source>Create enrollment code</source>
        <translation>নথিভুক্তির কোড তৈরি করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="57"/>
        <source>C&amp;reate code</source>
        <translation>কোড তৈরি করুন (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="101"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n দিন</numerusform>
            <numerusform>%n দিন</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendChoice</name>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1164"/>
        <source>Until &amp;date:</source>
        <translation>এই তারিখ পর্যন্ত (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1166"/>
        <source>New expiry date</source>
        <translation>নতুন মেয়াদোত্তীর্ণের তারিখ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1177"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n দিন</numerusform>
            <numerusform>+%n দিন</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="173"/>
        <source>New API key</source>
        <translation>নতুন API কী</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="177"/>
        <source>This is the new API key for %1. The old key keeps working until %2. Copy the new key now and give it to the programs that use it before then.</source>
        <translation>এটি %1-এর জন্য নতুন API কী। পুরোনো কী %2 পর্যন্ত কাজ করবে। নতুন কী এখনই কপি করুন এবং তার আগেই যেসব প্রোগ্রাম এটি ব্যবহার করে সেগুলোকে দিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="182"/>
        <source>This is the new API key for %1. The old key no longer works. Copy the new key now and give it to the programs that use it.</source>
        <translation>এটি %1-এর জন্য নতুন API কী। পুরোনো কী আর কাজ করে না। নতুন কী এখনই কপি করুন এবং যেসব প্রোগ্রাম এটি ব্যবহার করে সেগুলোকে দিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="187"/>
        <source>This is the API key for %1. Copy it now and keep it somewhere safe.</source>
        <translation>এটি %1-এর API কী। এখনই এটি কপি করে কোনো নিরাপদ জায়গায় রাখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="190"/>
        <source>You won&apos;t see this key again.</source>
        <translation>আপনি এই কী আর দেখতে পাবেন না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="191"/>
        <source>API key</source>
        <translation>API কী</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="163"/>
        <source>&amp;Copy</source>
        <extracomment>After a regenerate with a grace period: until when the replaced key works.</extracomment>
        <translation>কপি (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="166"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>কপি করা হয়েছে। %1 সেকেন্ড পরে ক্লিপবোর্ড খালি করা হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="168"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="266"/>
        <source>None (stops at once)</source>
        <translation>নেই (সঙ্গে সঙ্গে বন্ধ)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="307"/>
        <source>&amp;Grace period for the old key:</source>
        <translation>পুরোনো কী-এর অতিরিক্ত সময় (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="267"/>
        <source>1 hour</source>
        <translation>1 ঘণ্টা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="268"/>
        <source>1 day</source>
        <translation>1 দিন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="269"/>
        <source>7 days</source>
        <translation>7 দিন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="270"/>
        <source>%1 seconds</source>
        <translation>%1 সেকেন্ড</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="279"/>
        <source>The old key keeps working until about %1. Give the new key to every program that uses the old one before then.</source>
        <translation>পুরোনো কী আনুমানিক %1 পর্যন্ত কাজ করবে। তার আগেই পুরোনো কী ব্যবহার করে এমন প্রতিটি প্রোগ্রামকে নতুন কী দিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="300"/>
        <source>How long the old key keeps working</source>
        <translation>পুরোনো কী কতক্ষণ কাজ করবে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="316"/>
        <source>Regenerate key</source>
        <translation>কী পুনরায় তৈরি করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="317"/>
        <source>Issue a new key for %1 (key %2…)?</source>
        <translation>%1-এর জন্য একটি নতুন কী ইস্যু করবেন (কী %2…)?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="275"/>
        <source>The old key stops working at once. Every program that uses it needs the new key.</source>
        <translation>পুরোনো কী সঙ্গে সঙ্গে কাজ করা বন্ধ করবে। যেসব প্রোগ্রাম এটি ব্যবহার করে, সেগুলোর প্রতিটির নতুন কী প্রয়োজন হবে।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="214"/>
        <source>Profile</source>
        <extracomment>Pages only a global token is offered (DESIGN §8: the policy is the whole service&apos;s). The navigation is as wide as its longest page name needs, at most this: every pixel it does not need goes to the page (at 200 % on a small screen there are few to spare).</extracomment>
        <translation>প্রোফাইল</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="215"/>
        <source>This device</source>
        <translation>এই ডিভাইস</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="216"/>
        <source>API tokens</source>
        <translation>API টোকেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="217"/>
        <source>Audit log</source>
        <translation>অডিট লগ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="218"/>
        <source>Token policy</source>
        <translation>টোকেন নীতি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="222"/>
        <source>Compliance Client</source>
        <translation>Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="229"/>
        <source>Pages</source>
        <translation>পৃষ্ঠাসমূহ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="230"/>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="231"/>
        <source>&amp;Start when I sign in</source>
        <translation>সাইন ইন করলে চালু করুন (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="233"/>
        <source>E&amp;xit</source>
        <translation>প্রস্থান (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="234"/>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="235"/>
        <source>&amp;About Compliance Client</source>
        <translation>Compliance Client সম্পর্কে (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="236"/>
        <source>Retry &amp;now</source>
        <translation>এখনই আবার চেষ্টা করুন (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="237"/>
        <source>Try to reach the server again now</source>
        <translation>এখনই আবার সার্ভারে পৌঁছানোর চেষ্টা করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="240"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>এই পিসির ডিভাইস আইডি সার্ভারে নিষ্ক্রিয় করা আছে। কোনো প্রশাসক এটি সক্রিয় করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="242"/>
        <source>Until then this app does not contact the server. Once it is enabled, check again.</source>
        <translation>ততক্ষণ পর্যন্ত এই অ্যাপ সার্ভারের সাথে যোগাযোগ করবে না। এটি সক্রিয় হলে আবার যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="244"/>
        <source>Device ID disabled</source>
        <translation>ডিভাইস আইডি নিষ্ক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="245"/>
        <source>Check a&amp;gain</source>
        <translation>আবার যাচাই করুন (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="247"/>
        <source>Ask the server whether this PC&apos;s device ID is enabled again</source>
        <translation>এই পিসির ডিভাইস আইডি আবার সক্রিয় হয়েছে কিনা সার্ভারের কাছে জানতে চান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="261"/>
        <source>Server: %1</source>
        <translation>সার্ভার: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="262"/>
        <source>No server set</source>
        <translation>কোনো সার্ভার সেট করা নেই</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="265"/>
        <source>Organization: %1</source>
        <translation>প্রতিষ্ঠান: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="300"/>
        <source>Not connected · retrying…</source>
        <translation>সংযুক্ত নয় · আবার চেষ্টা করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="304"/>
        <source>Not connected · retrying in %1 s</source>
        <translation>সংযুক্ত নয় · %1 সেকেন্ড পরে আবার চেষ্টা করা হবে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="311"/>
        <source>This PC could not be registered with the server yet; it will be tried again at the next start. %1</source>
        <translation>এই পিসিকে এখনও সার্ভারে নিবন্ধন করা যায়নি; পরের বার চালু করার সময় আবার চেষ্টা করা হবে। %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="317"/>
        <source>Enrolling this PC with %1…</source>
        <translation>%1-এ এই পিসি নথিভুক্ত করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="321"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>আপনার প্রতিষ্ঠান এই পিসিকে %1-এ নথিভুক্ত করেছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="327"/>
        <source>This PC could not be enrolled with your organization&apos;s code; the Profile page says why.</source>
        <translation>আপনার প্রতিষ্ঠানের কোড দিয়ে এই পিসি নথিভুক্ত করা যায়নি; কারণ “প্রোফাইল” পৃষ্ঠায় দেখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="385"/>
        <source>The “Start when I sign in” setting could not be changed. %1</source>
        <translation>সাইন ইন করলে চালু হওয়ার সেটিং পরিবর্তন করা যায়নি। %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="398"/>
        <source>Set by your organization</source>
        <translation>আপনার প্রতিষ্ঠান সেট করেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="400"/>
        <source>Set for every user of this PC when the app was installed; only an administrator can change it</source>
        <translation>অ্যাপটি ইনস্টল করার সময় এই পিসির প্রত্যেক ব্যবহারকারীর জন্য সেট করা হয়েছে; শুধু কোনো প্রশাসকই এটি পরিবর্তন করতে পারেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="403"/>
        <source>Start Compliance Client in the background when you sign in to this PC</source>
        <translation>এই পিসিতে সাইন ইন করলে ব্যাকগ্রাউন্ডে Compliance Client চালু করুন</translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="381"/>
        <location filename="../../compliance_client/ui/grid/view.py" line="383"/>
        <source>Retry</source>
        <extracomment>Rows measured for a column&apos;s content width (the first page&apos;s first rows: enough to see typical texts, cheap enough for every new list).</extracomment>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="382"/>
        <source>Clear filters</source>
        <translation>ফিল্টার মুছুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="394"/>
        <source>Loading…</source>
        <translation>লোড হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="405"/>
        <source>Could not load more: %1</source>
        <translation>আরও লোড করা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="411"/>
        <source>%1 — loading more…</source>
        <translation>%1 — আরও লোড হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="141"/>
        <source>Nothing to show.</source>
        <extracomment>Emitted whenever ``state``, ``error`` or the row count changes. column -&gt; the server&apos;s sort field for it; columns not listed are not sortable. The number of columns, when fixed: Qt asks columnCount() thousands of times a paint, and translating every title to count them is what made a paint cost ~50 ms. The roles :meth:`cell` answers (as ints), when known; data() answers None for any other role without calling into the subclass (a paint asks ~10 roles per cell). The column whose text a marked row&apos;s badge (:meth:`row_mark`) stands before. The column whose text is drawn as a badge in the tone :meth:`badge` gives (-1: none).</extracomment>
        <translation>দেখানোর মতো কিছু নেই।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="144"/>
        <source>%1 of %2</source>
        <translation>%2-এর মধ্যে %1</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Hide</source>
        <extracomment>Room a window manager&apos;s title bar and borders take around a window (logical pixels).</extracomment>
        <translation>লুকান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Show</source>
        <translation>দেখান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="311"/>
        <source>Hide the token</source>
        <translation>টোকেন লুকান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="312"/>
        <source>Show the token</source>
        <translation>টোকেন দেখান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="314"/>
        <source>Only a token typed here can be shown: a stored token stays in the system keyring.</source>
        <translation>শুধু এখানে লেখা টোকেনই দেখানো যায়: সংরক্ষিত টোকেন সিস্টেম কীরিং-এই থাকে।</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="50"/>
        <source>The default lifetime may not be longer than the maximum lifetime.</source>
        <extracomment>The fields that have a line of their own for their problems (the check boxes cannot be wrong: a check box is true or false).</extracomment>
        <translation>ডিফল্ট মেয়াদ সর্বোচ্চ মেয়াদের চেয়ে বেশি হতে পারবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="53"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>%1 থেকে %2-এর মধ্যে একটি পূর্ণসংখ্যা লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="185"/>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>Token policy</source>
        <extracomment>The policy as the server last answered it (None: not read yet).</extracomment>
        <translation>টোকেন নীতি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="187"/>
        <source>The rules every API token must follow when it is created or its expiry or IP addresses are changed. Tokens made before a stricter rule keep working.</source>
        <translation>প্রতিটি API টোকেন তৈরি করার সময়, অথবা এর মেয়াদ বা IP ঠিকানা পরিবর্তন করার সময় যে নিয়মগুলো মানতে হয়। কোনো কঠোরতর নিয়মের আগে তৈরি টোকেনগুলো কাজ করতে থাকে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="189"/>
        <source>&amp;Limit token lifetime</source>
        <translation>টোকেনের মেয়াদ সীমিত করুন (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="190"/>
        <source>&amp;Maximum lifetime (days):</source>
        <translation>সর্বোচ্চ মেয়াদ (দিন) (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="191"/>
        <source>Maximum lifetime in days</source>
        <translation>সর্বোচ্চ মেয়াদ, দিনে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="192"/>
        <source>Require an &amp;expire date</source>
        <translation>মেয়াদোত্তীর্ণের তারিখ আবশ্যক করুন (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="193"/>
        <source>Require an &amp;IP restriction</source>
        <translation>IP সীমাবদ্ধতা আবশ্যক করুন (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="195"/>
        <source>Every token must name at least one allowed IP address or network.</source>
        <translation>প্রতিটি টোকেনে অন্তত একটি অনুমোদিত IP ঠিকানা বা নেটওয়ার্ক উল্লেখ করতে হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="196"/>
        <source>Defa&amp;ult lifetime (days):</source>
        <translation>ডিফল্ট মেয়াদ (দিন) (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="197"/>
        <source>Default lifetime in days</source>
        <translation>ডিফল্ট মেয়াদ, দিনে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="199"/>
        <source>The expiry a new token is given unless its creator picks another.</source>
        <translation>নতুন টোকেন যে মেয়াদ পায়, যদি না এটি যিনি তৈরি করছেন তিনি অন্য কোনো মেয়াদ বেছে নেন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="200"/>
        <source>&amp;Warn before expiry (days):</source>
        <translation>মেয়াদ শেষের আগে সতর্কবার্তা (দিন) (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="201"/>
        <source>Warn before expiry, in days</source>
        <translation>মেয়াদ শেষের আগে সতর্কবার্তা, দিনে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="203"/>
        <source>How many days before its token expires the app warns the user (0: never).</source>
        <translation>ব্যবহারকারীর টোকেনের মেয়াদ শেষ হওয়ার কত দিন আগে অ্যাপটি তাকে সতর্ক করবে (0: কখনো না)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="205"/>
        <source>Your API token may read the token policy but not change it.</source>
        <translation>আপনার API টোকেন টোকেন নীতি পড়তে পারে, কিন্তু পরিবর্তন করতে পারে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="206"/>
        <source>&amp;Save</source>
        <translation>সংরক্ষণ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="207"/>
        <source>Save the token policy on the server</source>
        <translation>সার্ভারে টোকেন নীতি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="208"/>
        <source>Re&amp;vert</source>
        <translation>আগের অবস্থায় ফেরান (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="210"/>
        <source>Discard the changes and read the policy from the server again</source>
        <translation>পরিবর্তনগুলো বাদ দিন এবং সার্ভার থেকে নীতিটি আবার পড়ুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="211"/>
        <source>Working</source>
        <translation>কাজ চলছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>The token policy is saved.</source>
        <translation>টোকেন নীতি সংরক্ষিত হয়েছে।</translation>
    </message>
</context>
<context>
    <name>PolicyPlurals</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="22"/>
        <source>The token policy allows at most %n days from today: pick an earlier day.</source>
        <translation>
            <numerusform>টোকেন নীতি আজ থেকে সর্বোচ্চ %n দিন অনুমোদন করে: আগের কোনো দিন বেছে নিন।</numerusform>
            <numerusform>টোকেন নীতি আজ থেকে সর্বোচ্চ %n দিন অনুমোদন করে: আগের কোনো দিন বেছে নিন।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="189"/>
        <source>Profile settings</source>
        <extracomment>IT&apos;s managed settings, read with the profiles (None until then).</extracomment>
        <translation>প্রোফাইল সেটিংস</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="248"/>
        <source>&amp;Profile:</source>
        <translation>প্রোফাইল (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="249"/>
        <source>Profile</source>
        <translation>প্রোফাইল</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="250"/>
        <source>&amp;Add…</source>
        <translation>যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="251"/>
        <source>Add a profile</source>
        <translation>একটি প্রোফাইল যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="252"/>
        <source>&amp;Rename…</source>
        <translation>নাম পরিবর্তন (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="253"/>
        <source>Rename this profile</source>
        <translation>এই প্রোফাইলের নাম পরিবর্তন করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="254"/>
        <source>&amp;Delete…</source>
        <translation>মুছুন (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="255"/>
        <source>Delete this profile</source>
        <translation>এই প্রোফাইল মুছুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="257"/>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="258"/>
        <source>Profile name</source>
        <translation>প্রোফাইলের নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="259"/>
        <source>For example: Work</source>
        <translation>উদাহরণস্বরূপ: কাজ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="260"/>
        <source>&amp;Language:</source>
        <translation>ভাষা (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="261"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="262"/>
        <source>Server &amp;URL:</source>
        <translation>সার্ভার URL (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="263"/>
        <source>Server URL</source>
        <translation>সার্ভার URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="265"/>
        <source>API to&amp;ken:</source>
        <translation>API টোকেন (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="266"/>
        <source>API token</source>
        <translation>API টোকেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="267"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="348"/>
        <source>&amp;Test connection</source>
        <translation>সংযোগ পরীক্ষা করুন (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="268"/>
        <source>Test connection</source>
        <translation>সংযোগ পরীক্ষা করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="269"/>
        <source>Testing the connection</source>
        <translation>সংযোগ পরীক্ষা করা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="270"/>
        <source>Enr&amp;oll with a code…</source>
        <translation>কোড দিয়ে নথিভুক্ত করুন (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="271"/>
        <source>Enroll with a code</source>
        <translation>কোড দিয়ে নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="272"/>
        <source>Get this PC&apos;s API token with the enrollment code your administrator gave you, instead of pasting a token</source>
        <translation>টোকেন পেস্ট করার বদলে আপনার প্রশাসকের দেওয়া নথিভুক্তির কোড দিয়ে এই পিসির API টোকেন নিন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="278"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="468"/>
        <source>Set by your organization</source>
        <translation>আপনার প্রতিষ্ঠান সেট করেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="279"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>আপনার প্রতিষ্ঠান এই পিসির জন্য এই মানটি সেট করেছে; এটি এখানে পরিবর্তন করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="319"/>
        <source>This PC is enrolled with %1.</source>
        <translation>এই পিসি %1-এ নথিভুক্ত।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="195"/>
        <source>&amp;Save</source>
        <translation>সংরক্ষণ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="196"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="24"/>
        <source>Enter a profile name.</source>
        <translation>একটি প্রোফাইলের নাম লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="26"/>
        <source>A profile name is at most %1 characters.</source>
        <translation>প্রোফাইলের নাম সর্বোচ্চ %1 অক্ষরের হতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="28"/>
        <source>A profile name cannot contain line breaks or control characters.</source>
        <translation>প্রোফাইলের নামে লাইন ব্রেক বা কন্ট্রোল অক্ষর থাকতে পারবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="30"/>
        <source>This looks like an API token. Put the token in the token field and give the profile a name.</source>
        <translation>এটি একটি API টোকেনের মতো দেখাচ্ছে। টোকেনটি টোকেন ফিল্ডে দিন এবং প্রোফাইলকে একটি নাম দিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="34"/>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>“%1” নামে একটি প্রোফাইল আগে থেকেই আছে। অন্য একটি নাম বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="38"/>
        <source>Enter the server URL, for example https://compliance.example.com.</source>
        <translation>সার্ভার URL লিখুন, যেমন https://compliance.example.com।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="41"/>
        <source>This server URL is too long.</source>
        <translation>এই সার্ভার URL অনেক দীর্ঘ।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="42"/>
        <source>This looks like an API token. Put the token in the token field, not in the server URL.</source>
        <translation>এটি একটি API টোকেনের মতো দেখাচ্ছে। টোকেনটি সার্ভার URL-এ নয়, টোকেন ফিল্ডে দিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="46"/>
        <source>A server URL cannot contain spaces.</source>
        <translation>সার্ভার URL-এ স্পেস থাকতে পারবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="47"/>
        <source>The server URL must start with https:// (or http:// for a server on this computer).</source>
        <translation>সার্ভার URL অবশ্যই https:// দিয়ে শুরু হতে হবে (অথবা এই কম্পিউটারের কোনো সার্ভারের জন্য http://)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="51"/>
        <source>Leave the user name and password out of the server URL; the API token is entered separately.</source>
        <translation>সার্ভার URL-এ ব্যবহারকারীর নাম ও পাসওয়ার্ড দেবেন না; API টোকেন আলাদাভাবে দেওয়া হয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="55"/>
        <source>The server URL needs a host name, for example https://compliance.example.com.</source>
        <translation>সার্ভার URL-এ একটি হোস্টের নাম প্রয়োজন, যেমন https://compliance.example.com।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="59"/>
        <source>The port in the server URL must be a number from 1 to 65535.</source>
        <translation>সার্ভার URL-এর পোর্ট অবশ্যই 1 থেকে 65535-এর মধ্যে একটি সংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="61"/>
        <source>The server URL cannot hold a query (?…) or a fragment (#…).</source>
        <translation>সার্ভার URL-এ কোয়েরি (?…) বা ফ্র্যাগমেন্ট (#…) থাকতে পারবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="63"/>
        <source>Use https:// for a server on another computer: plain http:// would send the API token in clear. http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>অন্য কম্পিউটারের সার্ভারের জন্য https:// ব্যবহার করুন: সাধারণ http:// API টোকেনটি এনক্রিপশন ছাড়াই পাঠাবে। http:// শুধু এই কম্পিউটারের জন্য অনুমোদিত (localhost, 127.0.0.1, ::1)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="68"/>
        <source>Enter an API token.</source>
        <translation>একটি API টোকেন লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="69"/>
        <source>An API token starts with “cct_”.</source>
        <translation>API টোকেন “cct_” দিয়ে শুরু হয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="71"/>
        <source>An API token is %1 characters long; check that you copied all of it.</source>
        <translation>API টোকেন %1 অক্ষর দীর্ঘ হয়; পুরোটা কপি করেছেন কিনা যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="75"/>
        <source>An API token holds only letters and digits after “cct_”.</source>
        <translation>API টোকেনে “cct_”-এর পরে শুধু অক্ষর ও অঙ্ক থাকে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="78"/>
        <source>This API token is mistyped: its checksum does not match. Copy it again.</source>
        <translation>এই API টোকেনটি ভুলভাবে লেখা হয়েছে: এর চেকসাম মিলছে না। আবার কপি করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="92"/>
        <source>Enter an enrollment code.</source>
        <translation>একটি নথিভুক্তির কোড লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="93"/>
        <source>An enrollment code starts with “cce_”.</source>
        <translation>নথিভুক্তির কোড “cce_” দিয়ে শুরু হয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="95"/>
        <source>An enrollment code is %1 characters long.</source>
        <translation>নথিভুক্তির কোড %1 অক্ষর দীর্ঘ হয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="97"/>
        <source>An enrollment code holds only letters and digits after “cce_”.</source>
        <translation>নথিভুক্তির কোডে “cce_”-এর পরে শুধু অক্ষর ও অঙ্ক থাকে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="100"/>
        <source>This enrollment code is mistyped: its checksum does not match.</source>
        <translation>এই নথিভুক্তির কোডটি ভুলভাবে লেখা হয়েছে: এর চেকসাম মিলছে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="238"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="325"/>
        <source>(new profile)</source>
        <translation>(নতুন প্রোফাইল)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="332"/>
        <source>Checking the keyring…</source>
        <translation>কীরিং যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="334"/>
        <source>A token is stored</source>
        <translation>একটি টোকেন সংরক্ষিত আছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="336"/>
        <source>Paste the API token (cct_…)</source>
        <translation>API টোকেন পেস্ট করুন (cct_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="339"/>
        <source>Leave the field empty to keep the stored token, or paste a new one to replace it.</source>
        <translation>সংরক্ষিত টোকেন রাখতে ফিল্ডটি খালি রাখুন, অথবা সেটি প্রতিস্থাপন করতে নতুন একটি পেস্ট করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="239"/>
        <source>Discard changes</source>
        <translation>পরিবর্তনগুলো বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="240"/>
        <source>Discard your changes to the profile “%1”?</source>
        <translation>“%1” প্রোফাইলে আপনার পরিবর্তনগুলো বাদ দেবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="326"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="536"/>
        <source>The profile was not saved. Fix the marked fields, then save again.</source>
        <translation>প্রোফাইল সংরক্ষণ করা হয়নি। চিহ্নিত ফিল্ডগুলো ঠিক করুন, তারপর আবার সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="328"/>
        <source>The profile was not saved. Fix the marked field, then save again.</source>
        <translation>প্রোফাইল সংরক্ষণ করা হয়নি। চিহ্নিত ফিল্ডটি ঠিক করুন, তারপর আবার সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="348"/>
        <source>Rename profile</source>
        <translation>প্রোফাইলের নাম পরিবর্তন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="349"/>
        <source>New name for the profile “%1”:</source>
        <translation>“%1” প্রোফাইলের নতুন নাম:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="359"/>
        <source>Delete profile</source>
        <translation>প্রোফাইল মুছুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="360"/>
        <source>Delete the profile “%1”?</source>
        <translation>“%1” প্রোফাইলটি মুছবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="361"/>
        <source>Its settings and its stored API token are removed from this PC. The token itself stays valid on the server.</source>
        <translation>এর সেটিংস ও সংরক্ষিত API টোকেন এই পিসি থেকে সরিয়ে ফেলা হবে। টোকেনটি নিজে সার্ভারে বৈধ থাকবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="378"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="383"/>
        <source>Profile deleted</source>
        <translation>প্রোফাইল মুছে ফেলা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="379"/>
        <source>The profile “%1” is deleted, but its API token could not be removed from the system keyring.</source>
        <translation>“%1” প্রোফাইলটি মুছে ফেলা হয়েছে, কিন্তু এর API টোকেন সিস্টেম কীরিং থেকে সরানো যায়নি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="384"/>
        <source>The profile “%1” is deleted.</source>
        <translation>“%1” প্রোফাইলটি মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="347"/>
        <source>Testing…</source>
        <translation>পরীক্ষা করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="50"/>
        <source>Connected. Organization: %1 (%2).</source>
        <translation>সংযুক্ত। প্রতিষ্ঠান: %1 (%2)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="53"/>
        <source>The token never expires.</source>
        <translation>টোকেনটির মেয়াদ কখনো শেষ হয় না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="55"/>
        <source>The token expires on %1.</source>
        <translation>টোকেনটির মেয়াদ %1 তারিখে শেষ হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="58"/>
        <source>It may call %1 of %2 endpoints: %3.</source>
        <translation>এটি %2টির মধ্যে %1টি এন্ডপয়েন্ট কল করতে পারে: %3।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="60"/>
        <source>none</source>
        <translation>কোনোটিই নয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="522"/>
        <source>Profile saved without its token</source>
        <translation>টোকেন ছাড়া প্রোফাইল সংরক্ষিত হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="523"/>
        <source>Your profile is saved, but its API token could not be stored in the system keyring.</source>
        <translation>আপনার প্রোফাইল সংরক্ষিত হয়েছে, কিন্তু এর API টোকেন সিস্টেম কীরিং-এ সংরক্ষণ করা যায়নি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="526"/>
        <source>The token is still in the dialog: fix the keyring, then press Save again. Until then this PC cannot connect with this profile.</source>
        <translation>টোকেনটি এখনও ডায়ালগে আছে: কীরিং ঠিক করুন, তারপর আবার সংরক্ষণ চাপুন। ততক্ষণ পর্যন্ত এই পিসি এই প্রোফাইল দিয়ে সংযোগ করতে পারবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Profile saved</source>
        <translation>প্রোফাইল সংরক্ষিত হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Your profile is saved.</source>
        <translation>আপনার প্রোফাইল সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Profile not saved</source>
        <translation>প্রোফাইল সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Your profile could not be saved.</source>
        <translation>আপনার প্রোফাইল সংরক্ষণ করা যায়নি।</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="230"/>
        <source>Profile</source>
        <translation>প্রোফাইল</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="232"/>
        <source>No profile is set up yet. Set up your profile with the server URL and the API token your administrator gave you, so this PC can reach the compliance server.</source>
        <translation>এখনও কোনো প্রোফাইল সেট আপ করা হয়নি। এই পিসি যাতে কমপ্লায়েন্স সার্ভারে পৌঁছাতে পারে, সেজন্য সার্ভার URL এবং আপনার প্রশাসকের দেওয়া API টোকেন দিয়ে আপনার প্রোফাইল সেট আপ করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="234"/>
        <source>&amp;Set up profile…</source>
        <translation>প্রোফাইল সেট আপ করুন (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="235"/>
        <source>Set up profile</source>
        <translation>প্রোফাইল সেট আপ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="236"/>
        <source>&amp;Edit profile…</source>
        <translation>প্রোফাইল সম্পাদনা (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="237"/>
        <source>Edit profile</source>
        <translation>প্রোফাইল সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="238"/>
        <source>&amp;Rotate key…</source>
        <translation>কী বদলান (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="239"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="389"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="425"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="438"/>
        <source>Rotate key</source>
        <translation>কী বদলান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="241"/>
        <source>Give this profile&apos;s API token a new key; the old key keeps working for an hour</source>
        <translation>এই প্রোফাইলের API টোকেনকে একটি নতুন কী দিন; পুরোনো কী আরও এক ঘণ্টা কাজ করবে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Name:</source>
        <translation>নাম:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Server:</source>
        <translation>সার্ভার:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Language:</source>
        <translation>ভাষা:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>API token:</source>
        <translation>API টোকেন:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Connection:</source>
        <translation>সংযোগ:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Organization:</source>
        <translation>প্রতিষ্ঠান:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="245"/>
        <source>Token expires:</source>
        <translation>টোকেনের মেয়াদ শেষ:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="247"/>
        <source>Profile name</source>
        <translation>প্রোফাইলের নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="248"/>
        <source>Server URL</source>
        <translation>সার্ভার URL</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="249"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="250"/>
        <source>API token</source>
        <translation>API টোকেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="251"/>
        <source>Connection</source>
        <translation>সংযোগ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="252"/>
        <source>Organization</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="253"/>
        <source>Token expires</source>
        <translation>টোকেনের মেয়াদ শেষ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="255"/>
        <source>API token expires soon</source>
        <translation>API টোকেনের মেয়াদ শীঘ্রই শেষ হবে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="296"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>আপনার প্রতিষ্ঠান এই পিসিকে %1-এ নথিভুক্ত করেছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="299"/>
        <source>This PC could not be enrolled with your organization&apos;s code.</source>
        <translation>আপনার প্রতিষ্ঠানের কোড দিয়ে এই পিসি নথিভুক্ত করা যায়নি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="303"/>
        <source>Enrolling this PC with your organization&apos;s code…</source>
        <translation>আপনার প্রতিষ্ঠানের কোড দিয়ে এই পিসি নথিভুক্ত করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="324"/>
        <source>Not set</source>
        <translation>সেট করা নেই</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="327"/>
        <source>Could not be read from the system keyring</source>
        <translation>সিস্টেম কীরিং থেকে পড়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="329"/>
        <source>Checking…</source>
        <translation>যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="331"/>
        <source>Stored in the system keyring</source>
        <translation>সিস্টেম কীরিং-এ সংরক্ষিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="333"/>
        <source>Not stored: enter it in the profile</source>
        <translation>সংরক্ষিত নয়: প্রোফাইলে এটি লিখুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="369"/>
        <source>Never expires</source>
        <translation>মেয়াদ কখনো শেষ হয় না</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="371"/>
        <source>Expired on %1</source>
        <translation>মেয়াদ %1 তারিখে শেষ হয়েছে</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="380"/>
        <source>Your API token expires in %n days, on %1. Ask your administrator to extend it before then: once it has expired, this PC can no longer reach the server.</source>
        <translation>
            <numerusform>আপনার API টোকেনের মেয়াদ %n দিন পরে, %1 তারিখে শেষ হবে। তার আগেই আপনার প্রশাসককে এর মেয়াদ বাড়াতে বলুন: মেয়াদ শেষ হয়ে গেলে এই পিসি আর সার্ভারে পৌঁছাতে পারবে না।</numerusform>
            <numerusform>আপনার API টোকেনের মেয়াদ %n দিন পরে, %1 তারিখে শেষ হবে। তার আগেই আপনার প্রশাসককে এর মেয়াদ বাড়াতে বলুন: মেয়াদ শেষ হয়ে গেলে এই পিসি আর সার্ভারে পৌঁছাতে পারবে না।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="390"/>
        <source>Give this PC a new key for its API token?</source>
        <translation>এই পিসির API টোকেনের জন্য একটি নতুন কী নেবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="392"/>
        <source>The server issues a new key, which this app keeps in the system keyring instead of the old one. The old key keeps working for an hour; other programs that use it need the new key before then.</source>
        <translation>সার্ভার একটি নতুন কী ইস্যু করবে, যা এই অ্যাপ পুরোনোটির বদলে সিস্টেম কীরিং-এ রাখবে। পুরোনো কী আরও এক ঘণ্টা কাজ করবে; অন্য যেসব প্রোগ্রাম এটি ব্যবহার করে, তার আগেই সেগুলোর নতুন কী প্রয়োজন হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="412"/>
        <source>Key rotated; the old key works until %1.</source>
        <translation>কী বদলানো হয়েছে; পুরোনো কী %1 পর্যন্ত কাজ করবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="419"/>
        <source>The new key could not be stored in the system keyring, which still holds the old key; it works until %1. Paste the new key into the profile (Edit profile…) before then, or this PC can no longer reach the server.</source>
        <translation>নতুন কী সিস্টেম কীরিং-এ সংরক্ষণ করা যায়নি, সেখানে এখনও পুরোনো কী আছে; সেটি %1 পর্যন্ত কাজ করবে। তার আগেই নতুন কী প্রোফাইলে পেস্ট করুন (প্রোফাইল সম্পাদনা…), নইলে এই পিসি আর সার্ভারে পৌঁছাতে পারবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="439"/>
        <source>The key was not rotated; the old key still works.</source>
        <translation>কী বদলানো হয়নি; পুরোনো কী এখনও কাজ করছে।</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="508"/>
        <source>Device ID disabled</source>
        <extracomment>Seconds before each retry of a lost server; the last one repeats. CONNECTED again after FAILED: pages that could not load try again. IT&apos;s enrollment code is being redeemed (the server&apos;s URL), then it was, or failed. IT&apos;s managed settings, once the first reload read them (None until then). The server IT&apos;s code enrolled this PC with in this run, or None. Why enrolling with IT&apos;s code failed in this run, or None. What the token could do when last connected (kept while FAILED; None until the server first answered for this profile): which pages to offer while offline.</extracomment>
        <translation>ডিভাইস আইডি নিষ্ক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="510"/>
        <source>Enrolling this PC…</source>
        <translation>এই পিসি নথিভুক্ত করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="512"/>
        <source>Not set up</source>
        <translation>সেট আপ করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="513"/>
        <source>Connecting…</source>
        <translation>সংযোগ করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="514"/>
        <source>Connected</source>
        <translation>সংযুক্ত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="515"/>
        <source>Not connected</source>
        <translation>সংযুক্ত নয়</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="33"/>
        <source>The entry is empty.</source>
        <translation>এন্ট্রিটি খালি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="37"/>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>%1-এ হোস্ট বিট সেট করা আছে; আপনি কি %2 বোঝাতে চেয়েছেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="41"/>
        <source>%1 holds an interface zone (%…); enter the address without it.</source>
        <translation>%1-এ একটি ইন্টারফেস জোন (%…) আছে; এটি ছাড়া ঠিকানাটি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="48"/>
        <source>%1 is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).</source>
        <translation>%1 কোনো IP ঠিকানা বা নেটওয়ার্ক নয় (যেমন 10.0.0.5, 10.0.0.0/8, 2001:db8::/32)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="67"/>
        <source>Enter the organization name.</source>
        <translation>প্রতিষ্ঠানের নাম লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="68"/>
        <source>Enter the organization ID.</source>
        <translation>প্রতিষ্ঠানের আইডি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="71"/>
        <source>This is longer than %1 characters.</source>
        <translation>এটি %1 অক্ষরের চেয়ে দীর্ঘ।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="73"/>
        <source>This must be text.</source>
        <translation>এটি অবশ্যই টেক্সট হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="74"/>
        <source>An organization ID holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>প্রতিষ্ঠানের আইডিতে অক্ষর, অঙ্ক, &apos;.&apos;, &apos;_&apos; ও &apos;-&apos; থাকতে পারে এবং এটি অবশ্যই একটি অক্ষর বা অঙ্ক দিয়ে শুরু হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="80"/>
        <source>At most %1 entries are allowed.</source>
        <translation>সর্বোচ্চ %1টি এন্ট্রি অনুমোদিত।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="83"/>
        <source>%1 matches no endpoint; use an id such as tokens.read, a group such as tokens.*, or *.</source>
        <translation>%1 কোনো এন্ডপয়েন্টের সাথে মেলে না; একটি আইডি (যেমন tokens.read), একটি গ্রুপ (যেমন tokens.*), অথবা * ব্যবহার করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="90"/>
        <source>%1 is listed twice.</source>
        <translation>%1 দুবার তালিকাভুক্ত হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="92"/>
        <source>%1 is in both the allowed and the blocked list; remove it from one.</source>
        <translation>%1 অনুমোদিত ও অবরুদ্ধ উভয় তালিকাতেই আছে; যেকোনো একটি থেকে এটি সরান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="97"/>
        <source>The expire date must be in the future.</source>
        <translation>মেয়াদোত্তীর্ণের তারিখ অবশ্যই ভবিষ্যতের হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="98"/>
        <source>The expire date is more than 100 years away.</source>
        <translation>মেয়াদোত্তীর্ণের তারিখ এখন থেকে 100 বছরেরও বেশি দূরে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="99"/>
        <source>The expire date is not valid.</source>
        <translation>মেয়াদোত্তীর্ণের তারিখটি বৈধ নয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="100"/>
        <source>%1 is not a device ID.</source>
        <translation>%1 কোনো ডিভাইস আইডি নয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="101"/>
        <source>This holds a control character (pasted, perhaps); remove it.</source>
        <translation>এতে একটি কন্ট্রোল অক্ষর আছে (সম্ভবত পেস্ট করা); এটি সরান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="103"/>
        <source>This holds a broken character (pasted, perhaps); type it again.</source>
        <translation>এতে একটি ভাঙা অক্ষর আছে (সম্ভবত পেস্ট করা); এটি আবার লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="106"/>
        <source>The token policy requires an expire date: pick one.</source>
        <translation>টোকেন নীতি অনুযায়ী মেয়াদোত্তীর্ণের তারিখ আবশ্যক: একটি তারিখ বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="109"/>
        <source>The token policy requires at least one allowed IP address or network: add one.</source>
        <translation>টোকেন নীতি অনুযায়ী অন্তত একটি অনুমোদিত IP ঠিকানা বা নেটওয়ার্ক আবশ্যক: একটি যোগ করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="124"/>
        <source>A device ticked here is not registered in organization %1 (deleted meanwhile?): untick it, or pick the organization&apos;s devices again.</source>
        <translation>এখানে টিক দেওয়া একটি ডিভাইস %1 প্রতিষ্ঠানে নিবন্ধিত নয় (এর মধ্যে মুছে ফেলা হয়েছে?): এর টিক তুলে দিন, অথবা প্রতিষ্ঠানের ডিভাইসগুলো আবার বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="132"/>
        <source>Not a registered device of organization %1: %2. Untick it: a token is bound only to devices of its own organization.</source>
        <translation>%1 প্রতিষ্ঠানের নিবন্ধিত ডিভাইস নয়: %2। এর টিক তুলে দিন: একটি টোকেন শুধু নিজের প্রতিষ্ঠানের ডিভাইসেই আবদ্ধ হয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="28"/>
        <source>every endpoint</source>
        <translation>সব এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="30"/>
        <source>all endpoints of the %1 group</source>
        <translation>%1 গ্রুপের সব এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="80"/>
        <source>%1 is listed twice (line %2).</source>
        <translation>%1 দুবার তালিকাভুক্ত হয়েছে (লাইন %2)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="104"/>
        <source>Line %1: %2</source>
        <translation>লাইন %1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="109"/>
        <source>… and %1 more lines to fix.</source>
        <translation>… এবং আরও %1টি লাইন ঠিক করতে হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Edit API token</source>
        <extracomment>The form is an enrollment code&apos;s template (``EnrollmentDialog``, DESIGN §13).</extracomment>
        <translation>API টোকেন সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Add API token</source>
        <translation>API টোকেন যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="314"/>
        <source>&amp;Cancel</source>
        <translation>বাতিল (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="435"/>
        <source>This token is suspended: its key was reported as leaked. Regenerate the key before anyone resumes it.</source>
        <translation>এই টোকেনটি স্থগিত: এর কী ফাঁস হয়েছে বলে জানানো হয়েছে। কেউ এটি পুনরায় চালু করার আগে কী পুনরায় তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="439"/>
        <source>This token is suspended: the server refuses its key until it is resumed.</source>
        <translation>এই টোকেনটি স্থগিত: পুনরায় চালু না করা পর্যন্ত সার্ভার এর কী প্রত্যাখ্যান করবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="442"/>
        <source>The previous key still works until %1.</source>
        <translation>আগের কী এখনও %1 পর্যন্ত কাজ করবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="754"/>
        <source>API Key with id %1 is updated successfully</source>
        <translation>আইডি %1-এর API কী সফলভাবে আপডেট করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard changes</source>
        <translation>পরিবর্তনগুলো বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard your changes to this token?</source>
        <translation>এই টোকেনে আপনার পরিবর্তনগুলো বাদ দেবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="269"/>
        <source>Na&amp;me:</source>
        <extracomment>How long a new enrollment code works, in seconds (1 hour, 1 day, 7 days; the server takes 60 to 604,800); the second is the default.</extracomment>
        <translation>নাম (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="270"/>
        <source>O&amp;wner:</source>
        <translation>মালিক (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="271"/>
        <source>&amp;Description:</source>
        <translation>বিবরণ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="272"/>
        <source>Organization &amp;name:</source>
        <translation>প্রতিষ্ঠানের নাম (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="273"/>
        <source>Organization &amp;ID:</source>
        <translation>প্রতিষ্ঠানের আইডি (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="274"/>
        <source>Sc&amp;ope:</source>
        <translation>পরিধি (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="275"/>
        <source>Key:</source>
        <translation>কী:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="276"/>
        <source>&amp;Allowed endpoints:</source>
        <translation>অনুমোদিত এন্ডপয়েন্ট (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="277"/>
        <source>&amp;Blocked endpoints:</source>
        <translation>অবরুদ্ধ এন্ডপয়েন্ট (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="278"/>
        <source>Allowed I&amp;Ps:</source>
        <translation>অনুমোদিত IP (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="279"/>
        <source>Bloc&amp;ked IPs:</source>
        <translation>অবরুদ্ধ IP (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="280"/>
        <source>Bound &amp;to devices:</source>
        <translation>আবদ্ধ ডিভাইস (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="281"/>
        <source>E&amp;xpires:</source>
        <translation>মেয়াদ শেষ (&amp;X):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="282"/>
        <source>Code &amp;valid for:</source>
        <translation>কোড বৈধ থাকবে (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="283"/>
        <source>&amp;Uses:</source>
        <translation>ব্যবহারের সংখ্যা (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="293"/>
        <source>What it is for, e.g. Nightly backup</source>
        <translation>এটি কীসের জন্য, যেমন রাতের ব্যাকআপ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="295"/>
        <source>Who to ask about it, e.g. it-ops@example.com</source>
        <translation>এ বিষয়ে কাকে জিজ্ঞাসা করবেন, যেমন it-ops@example.com</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="297"/>
        <source>Optional: where it is used, how to replace it</source>
        <translation>ঐচ্ছিক: এটি কোথায় ব্যবহৃত হয়, কীভাবে প্রতিস্থাপন করবেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="328"/>
        <source>Devices:</source>
        <translation>ডিভাইস:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="329"/>
        <source>Each PC that enrolls gets its own token, bound to that PC.</source>
        <translation>নথিভুক্ত হওয়া প্রতিটি পিসি নিজস্ব একটি টোকেন পায়, যা সেই পিসিতে আবদ্ধ।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="333"/>
        <source>After this, no PC can enroll with the code, even with uses left.</source>
        <translation>এরপর কোডটি দিয়ে আর কাউকে নথিভুক্ত করা যাবে না, ব্যবহার বাকি থাকলেও।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="336"/>
        <source>How many PCs may enroll with this code (1 to 1,000).</source>
        <translation>এই কোড দিয়ে কতগুলো পিসি নথিভুক্ত হতে পারবে (1 থেকে 1,000)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="85"/>
        <source>Expire date</source>
        <extracomment>A choice of the drop-down: a preset&apos;s number of days, ON_A_DATE or NEVER.</extracomment>
        <translation>মেয়াদোত্তীর্ণের তারিখ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="95"/>
        <source>Never</source>
        <translation>কখনো না</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="97"/>
        <source>On a date…</source>
        <translation>নির্দিষ্ট তারিখে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="188"/>
        <source>Type the expire date as %1.</source>
        <translation>মেয়াদোত্তীর্ণের তারিখ %1 আকারে লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="190"/>
        <source>“%1” is not a date: type the expire date as %2.</source>
        <translation>“%1” কোনো তারিখ নয়: মেয়াদোত্তীর্ণের তারিখ %2 আকারে লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="298"/>
        <source>e.g. Acme Corporation</source>
        <translation>যেমন Acme Corporation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="299"/>
        <source>e.g. acme-corp</source>
        <translation>যেমন acme-corp</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="300"/>
        <source>All endpoints (no allowed list)</source>
        <translation>সব এন্ডপয়েন্ট (কোনো অনুমোদিত তালিকা নেই)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="303"/>
        <source>None blocked</source>
        <translation>কোনোটি অবরুদ্ধ নয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="308"/>
        <source>Any address. One address or network per line, e.g. 10.0.0.0/8</source>
        <translation>যেকোনো ঠিকানা। প্রতি লাইনে একটি ঠিকানা বা নেটওয়ার্ক, যেমন 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="313"/>
        <source>None blocked. One entry per line</source>
        <translation>কোনোটি অবরুদ্ধ নয়। প্রতি লাইনে একটি এন্ট্রি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="316"/>
        <source>Organization</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="317"/>
        <source>Global (all organizations)</source>
        <translation>গ্লোবাল (সব প্রতিষ্ঠান)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="319"/>
        <source>An organization token acts only inside its own organization ID. A global token acts on every organization: give it only to the service&apos;s administrators.</source>
        <translation>একটি প্রতিষ্ঠান টোকেন শুধু নিজের প্রতিষ্ঠানের আইডির ভেতরে কাজ করে। একটি গ্লোবাল টোকেন সব প্রতিষ্ঠানে কাজ করে: এটি শুধু সার্ভিসের প্রশাসকদের দিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="300"/>
        <source>This is the token you are signed in with. Restricting it or regenerating its key affects this app too.</source>
        <translation>এটি সেই টোকেন যা দিয়ে আপনি সাইন ইন করেছেন। এটি সীমিত করলে বা এর কী পুনরায় তৈরি করলে এই অ্যাপেও প্রভাব পড়বে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="88"/>
        <source>A token that never expires keeps working until someone deletes it. Prefer an expire date.</source>
        <translation>যে টোকেনের মেয়াদ কখনো শেষ হয় না, কেউ সেটি না মোছা পর্যন্ত তা কাজ করতে থাকে। একটি মেয়াদোত্তীর্ণের তারিখ দেওয়াই ভালো।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="326"/>
        <source>&amp;Regenerate key…</source>
        <translation>কী পুনরায় তৈরি করুন (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="49"/>
        <source>Re&amp;load</source>
        <translation>পুনরায় লোড (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="313"/>
        <source>&amp;Save</source>
        <translation>সংরক্ষণ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="86"/>
        <source>The token stops working at the end of this day, in your time zone.</source>
        <translation>আপনার সময় অঞ্চল অনুযায়ী এই দিনের শেষে টোকেনটি কাজ করা বন্ধ করবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="374"/>
        <source>Only the start of the key is kept; the whole key was shown once, when it was issued.</source>
        <translation>কী-এর শুধু শুরুর অংশ রাখা হয়; পুরো কী একবারই দেখানো হয়েছিল, যখন এটি ইস্যু করা হয়েছিল।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="22"/>
        <source>This token may call every endpoint from any address.</source>
        <translation>এই টোকেন যেকোনো ঠিকানা থেকে সব এন্ডপয়েন্ট কল করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="25"/>
        <source>any address</source>
        <translation>যেকোনো ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="27"/>
        <source>May call every endpoint from %1 except %2.</source>
        <translation>%1 থেকে (%2 বাদে) সব এন্ডপয়েন্ট কল করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="26"/>
        <source>May call every endpoint from %1.</source>
        <translation>%1 থেকে সব এন্ডপয়েন্ট কল করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="31"/>
        <source>May call %1 of %2 endpoints from %3 except %4.</source>
        <translation>%3 থেকে (%4 বাদে) %2টির মধ্যে %1টি এন্ডপয়েন্ট কল করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="30"/>
        <source>May call %1 of %2 endpoints from %3.</source>
        <translation>%3 থেকে %2টির মধ্যে %1টি এন্ডপয়েন্ট কল করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="34"/>
        <source>This includes %1, which every token may call.</source>
        <translation>এর মধ্যে %1-ও আছে, যা প্রতিটি টোকেন কল করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="35"/>
        <source>Never expires.</source>
        <translation>মেয়াদ কখনো শেষ হয় না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="36"/>
        <source>Expires %1.</source>
        <translation>মেয়াদ শেষ: %1।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="38"/>
        <source>Only from the devices it is bound to: %1.</source>
        <translation>শুধু যেসব ডিভাইসে আবদ্ধ সেগুলো থেকে: %1।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="40"/>
        <source>%1 is in both the allowed and the blocked endpoints; remove it from one.</source>
        <translation>%1 অনুমোদিত ও অবরুদ্ধ উভয় এন্ডপয়েন্টেই আছে; যেকোনো একটি থেকে এটি সরান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="44"/>
        <source>%1 is in both the allowed and the blocked IPs; remove it from one.</source>
        <translation>%1 অনুমোদিত ও অবরুদ্ধ উভয় IP-তেই আছে; যেকোনো একটি থেকে এটি সরান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="47"/>
        <source>The blocked IPs cover every allowed address, so this token cannot be used from anywhere.</source>
        <translation>অবরুদ্ধ IP সব অনুমোদিত ঠিকানাকে অন্তর্ভুক্ত করে, তাই এই টোকেন কোথাও থেকে ব্যবহার করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="52"/>
        <source>This token may call no endpoint except checking itself.</source>
        <translation>নিজেকে যাচাই করা ছাড়া এই টোকেন কোনো এন্ডপয়েন্ট কল করতে পারে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="55"/>
        <source>It is unrestricted: consider limiting its endpoints or addresses.</source>
        <translation>এটি সীমাবদ্ধতাহীন: এর এন্ডপয়েন্ট বা ঠিকানা সীমিত করার কথা বিবেচনা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="58"/>
        <source>It is global: it acts on the tokens and devices of every organization.</source>
        <translation>এটি গ্লোবাল: এটি সব প্রতিষ্ঠানের টোকেন ও ডিভাইসে কাজ করে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="62"/>
        <source>This reaches further than your own token; the server will refuse it.</source>
        <translation>এটি আপনার নিজের টোকেনের চেয়ে বেশি অনুমতি দেয়; সার্ভার এটি প্রত্যাখ্যান করবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="66"/>
        <source>%1 is not a registered device of this organization; the server will refuse it.</source>
        <translation>%1 এই প্রতিষ্ঠানের নিবন্ধিত ডিভাইস নয়; সার্ভার এটি প্রত্যাখ্যান করবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="71"/>
        <source>%1 is disabled: this token cannot be used from it while it is.</source>
        <translation>%1 নিষ্ক্রিয়: যতক্ষণ এটি নিষ্ক্রিয় থাকবে, ততক্ষণ এটি থেকে এই টোকেন ব্যবহার করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="74"/>
        <source>%1 has no device key, so it cannot sign requests: this token cannot be used from it until it registers again with a key.</source>
        <translation>%1-এর কোনো ডিভাইস কী নেই, তাই এটি অনুরোধে স্বাক্ষর করতে পারে না: একটি কী দিয়ে আবার নিবন্ধন না করা পর্যন্ত এটি থেকে এই টোকেন ব্যবহার করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="79"/>
        <source>Your own token is bound to devices: bind this one to some of yours, or the server will refuse it.</source>
        <translation>আপনার নিজের টোকেন নির্দিষ্ট ডিভাইসে আবদ্ধ: এটিকেও আপনার কিছু ডিভাইসে আবদ্ধ করুন, নইলে সার্ভার এটি প্রত্যাখ্যান করবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="739"/>
        <source>API token added successfully</source>
        <translation>API টোকেন সফলভাবে যোগ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="50"/>
        <source>&amp;Use the server&apos;s values</source>
        <translation>সার্ভারের মান ব্যবহার করুন (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="57"/>
        <source>This token was changed by someone else. The server&apos;s current values are shown under each field that differs from yours. Save again to replace them with yours, or use the server&apos;s values.</source>
        <translation>এই টোকেনটি অন্য কেউ পরিবর্তন করেছে। আপনার মানের থেকে ভিন্ন প্রতিটি ফিল্ডের নিচে সার্ভারের বর্তমান মান দেখানো হয়েছে। সেগুলো আপনার মান দিয়ে প্রতিস্থাপন করতে আবার সংরক্ষণ করুন, অথবা সার্ভারের মান ব্যবহার করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="64"/>
        <source>This token was changed by someone else. Nothing was saved; what you typed is kept. Reload to see the current values.</source>
        <translation>এই টোকেনটি অন্য কেউ পরিবর্তন করেছে। কিছুই সংরক্ষণ করা হয়নি; আপনি যা লিখেছেন তা রাখা আছে। বর্তমান মান দেখতে পুনরায় লোড করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="817"/>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="820"/>
        <source>On the server: %1</source>
        <translation>সার্ভারে: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="99"/>
        <source>never expires</source>
        <translation>মেয়াদ কখনো শেষ হয় না</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="102"/>
        <source>(empty)</source>
        <translation>(খালি)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="37"/>
        <source>%1 and %2 more</source>
        <translation>%1 এবং আরও %2টি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="98"/>
        <source>disabled</source>
        <translation>নিষ্ক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="102"/>
        <source>no device key: cannot sign</source>
        <translation>ডিভাইস কী নেই: স্বাক্ষর করতে পারে না</translation>
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
        <translation>%1 প্রতিষ্ঠানের একটি ডিভাইস</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="114"/>
        <source>no longer registered</source>
        <translation>আর নিবন্ধিত নয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="197"/>
        <source>Any device (not bound)</source>
        <translation>যেকোনো ডিভাইস (আবদ্ধ নয়)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="204"/>
        <source>Loading the organization&apos;s devices…</source>
        <translation>প্রতিষ্ঠানের ডিভাইসগুলো লোড হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="206"/>
        <source>Your token may not list devices (devices.list), so the devices are shown as they are and cannot be changed here.</source>
        <translation>আপনার টোকেন ডিভাইসের তালিকা দেখতে পারে না (devices.list), তাই ডিভাইসগুলো যেমন আছে তেমনই দেখানো হচ্ছে এবং এখানে পরিবর্তন করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="212"/>
        <source>The devices could not be listed: %1 Saving keeps the devices as they are.</source>
        <translation>ডিভাইসগুলোর তালিকা পাওয়া যায়নি: %1 সংরক্ষণ করলে ডিভাইসগুলো যেমন আছে তেমনই থাকবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="217"/>
        <source>Enter the organization ID to pick its devices.</source>
        <translation>ডিভাইস বেছে নিতে প্রতিষ্ঠানের আইডি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="219"/>
        <source>No device of organization %1 is registered yet.</source>
        <translation>%1 প্রতিষ্ঠানের কোনো ডিভাইস এখনও নিবন্ধিত হয়নি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="66"/>
        <source>the PC that enrolls</source>
        <translation>নথিভুক্ত হওয়া পিসি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="78"/>
        <source>The code works until %1: each PC&apos;s token must expire after that. Pick a later day, or make the code valid for less time.</source>
        <translation>কোডটি %1 পর্যন্ত কাজ করবে: প্রতিটি পিসির টোকেনের মেয়াদ তার পরে শেষ হতে হবে। পরের কোনো দিন বেছে নিন, অথবা কোডটি কম সময়ের জন্য বৈধ রাখুন।</translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="298"/>
        <source>Organization name</source>
        <translation>প্রতিষ্ঠানের নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="299"/>
        <source>Organization ID</source>
        <translation>প্রতিষ্ঠানের আইডি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="300"/>
        <source>Owner</source>
        <translation>মালিক</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="301"/>
        <source>Key</source>
        <translation>কী</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="302"/>
        <source>Allowed endpoints</source>
        <translation>অনুমোদিত এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="303"/>
        <source>Blocked endpoints</source>
        <translation>অবরুদ্ধ এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="304"/>
        <source>Allowed IPs</source>
        <translation>অনুমোদিত IP</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="305"/>
        <source>Blocked IPs</source>
        <translation>অবরুদ্ধ IP</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="306"/>
        <source>Devices</source>
        <translation>ডিভাইস</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="307"/>
        <source>Expires</source>
        <translation>মেয়াদোত্তীর্ণের তারিখ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="308"/>
        <source>Last used</source>
        <translation>সর্বশেষ ব্যবহার</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="309"/>
        <source>Action</source>
        <translation>কার্যক্রম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="320"/>
        <source>No tokens match “%1”.</source>
        <translation>“%1”-এর সাথে কোনো টোকেন মেলেনি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="321"/>
        <source>No tokens yet — click Add token.</source>
        <translation>এখনও কোনো টোকেন নেই — “টোকেন যোগ করুন”-এ ক্লিক করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="333"/>
        <source>Showing %1 of %2 tokens</source>
        <translation>%2টি টোকেনের মধ্যে %1টি দেখানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="335"/>
        <source>1 token</source>
        <translation>1টি টোকেন</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="336"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%nটি টোকেন</numerusform>
            <numerusform>%nটি টোকেন</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="507"/>
        <source>Not bound: the token works from any device (its IP lists permitting).</source>
        <translation>আবদ্ধ নয়: টোকেনটি যেকোনো ডিভাইস থেকে কাজ করে (এর IP তালিকা অনুমতি দিলে)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="508"/>
        <source>Works only in requests signed by these devices:</source>
        <translation>শুধু এই ডিভাইসগুলোর স্বাক্ষর করা অনুরোধে কাজ করে:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="169"/>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="171"/>
        <source>Any address</source>
        <translation>যেকোনো ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="170"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="172"/>
        <source>None</source>
        <translation>কোনোটিই নয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="182"/>
        <source>Edit (Enter), Suspend, Delete (Del), Regenerate key (in the context menu)</source>
        <extracomment>What the Action column&apos;s buttons do, for screen readers (the buttons are painted): an active token&apos;s row, then a suspended one&apos;s.</extracomment>
        <translation>সম্পাদনা (Enter), স্থগিত করুন, মুছুন (Del), কী পুনরায় তৈরি করুন (কনটেক্সট মেনুতে)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="184"/>
        <source>Edit (Enter), Resume, Delete (Del), Regenerate key (in the context menu)</source>
        <translation>সম্পাদনা (Enter), পুনরায় চালু করুন, মুছুন (Del), কী পুনরায় তৈরি করুন (কনটেক্সট মেনুতে)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="278"/>
        <source>Active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="277"/>
        <source>Suspended</source>
        <translation>স্থগিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="188"/>
        <source>Leaked</source>
        <translation>ফাঁস হয়েছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="190"/>
        <source>Active: the key works (its expiry and lists permitting).</source>
        <translation>সক্রিয়: কী কাজ করে (এর মেয়াদ ও তালিকা অনুমতি দিলে)।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="191"/>
        <source>Suspended by an administrator: the key does not work until the token is resumed.</source>
        <translation>প্রশাসক স্থগিত করেছেন: টোকেনটি পুনরায় চালু না করা পর্যন্ত কী কাজ করবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="193"/>
        <source>Suspended because its key was reported as leaked: regenerate the key before resuming the token.</source>
        <translation>কী ফাঁস হয়েছে বলে জানানোয় স্থগিত: টোকেনটি পুনরায় চালু করার আগে কী পুনরায় তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="197"/>
        <source>No name</source>
        <extracomment>A token made before tokens had names.</extracomment>
        <translation>নাম নেই</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="275"/>
        <source>Expiring</source>
        <translation>শীঘ্রই মেয়াদ শেষ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="276"/>
        <source>Expired</source>
        <translation>মেয়াদোত্তীর্ণ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="282"/>
        <source>Unused %n days</source>
        <translation>
            <numerusform>%n দিন অব্যবহৃত</numerusform>
            <numerusform>%n দিন অব্যবহৃত</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="284"/>
        <source>Unrestricted</source>
        <translation>সীমাবদ্ধতাহীন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="296"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="297"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="315"/>
        <source>No tokens match “%1” with the filters %2.</source>
        <translation>%2 ফিল্টারসহ “%1”-এর সাথে কোনো টোকেন মেলেনি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="318"/>
        <source>No tokens match the filters %1.</source>
        <translation>%1 ফিল্টারের সাথে কোনো টোকেন মেলেনি।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="328"/>
        <source>Showing %1 of %2 matching tokens</source>
        <translation>মিলে যাওয়া %2টি টোকেনের মধ্যে %1টি দেখানো হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="330"/>
        <source>1 token matches</source>
        <translation>1টি টোকেন মিলেছে</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="331"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>%nটি টোকেন মিলেছে</numerusform>
            <numerusform>%nটি টোকেন মিলেছে</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="369"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="456"/>
        <source>Never</source>
        <translation>কখনো না</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="372"/>
        <source>Expired %1</source>
        <translation>মেয়াদ শেষ হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="375"/>
        <source>%1 (expires today)</source>
        <translation>%1 (আজ মেয়াদ শেষ হবে)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="377"/>
        <source>%1 (expires tomorrow)</source>
        <translation>%1 (আগামীকাল মেয়াদ শেষ হবে)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="379"/>
        <source>%1 (expires in %n days)</source>
        <translation>
            <numerusform>%1 (%nটি দিনের মধ্যে মেয়াদ শেষ)</numerusform>
            <numerusform>%1 (%nটি দিনের মধ্যে মেয়াদ শেষ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="102"/>
        <source>%1 +%2 more</source>
        <extracomment>The &quot;Unused&quot; filter chip&apos;s number of days (DESIGN §11: &quot;Unused 90 days&quot;). Role under which ``data()`` hands out the row&apos;s ``Token`` itself. Each column&apos;s stable name (saved views refer to these; never translated).</extracomment>
        <translation>%1 +আরও %2টি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="165"/>
        <source>This is the token you are signed in with</source>
        <extracomment>The chips&apos; filter (its ``q`` unused: the search box&apos;s text is ``query``).</extracomment>
        <translation>এটি সেই টোকেন যা দিয়ে আপনি সাইন ইন করেছেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="167"/>
        <source>You</source>
        <extracomment>The badge before the signed-in token&apos;s organization name (keep it short).</extracomment>
        <translation>আপনি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="176"/>
        <source>Any</source>
        <comment>devices</comment>
        <extracomment>A token bound to no device, in the Devices column (short, as &quot;All&quot; and &quot;None&quot; are in the list columns: the column is narrow).</extracomment>
        <translation>যেকোনো</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="177"/>
        <source>Any device</source>
        <translation>যেকোনো ডিভাইস</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="295"/>
        <source>ID</source>
        <translation>আইডি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="389"/>
        <source>1 device</source>
        <translation>1টি ডিভাইস</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="390"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%nটি ডিভাইস</numerusform>
            <numerusform>%nটি ডিভাইস</numerusform>
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
        <translation>%1 (%2 থেকে)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="474"/>
        <source>No allowed list: every endpoint not blocked may be called.</source>
        <translation>কোনো অনুমোদিত তালিকা নেই: অবরুদ্ধ নয় এমন প্রতিটি এন্ডপয়েন্ট কল করা যাবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="477"/>
        <source>No allowed list: every address not blocked may use this token.</source>
        <translation>কোনো অনুমোদিত তালিকা নেই: অবরুদ্ধ নয় এমন প্রতিটি ঠিকানা থেকে এই টোকেন ব্যবহার করা যাবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="479"/>
        <source>Nothing is blocked.</source>
        <translation>কিছুই অবরুদ্ধ নয়।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="483"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="511"/>
        <source>… and %1 more</source>
        <translation>… এবং আরও %1টি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="498"/>
        <source>Only the start of the key is kept; the whole key was shown once.</source>
        <translation>কী-এর শুধু শুরুর অংশ রাখা হয়; পুরো কী একবারই দেখানো হয়েছিল।</translation>
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
        <translation>API টোকেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>&amp;Add token</source>
        <translation>টোকেন যোগ করুন (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>Add an API token (Ctrl+N)</source>
        <translation>একটি API টোকেন যোগ করুন (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="392"/>
        <source>Create e&amp;nrollment code…</source>
        <translation>নথিভুক্তির কোড তৈরি করুন (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="393"/>
        <source>A code PCs enroll with: each gets its own token, bound to that PC</source>
        <translation>পিসিগুলো যে কোড দিয়ে নথিভুক্ত হয়: প্রতিটি পিসি নিজস্ব একটি টোকেন পায়, যা সেই পিসিতে আবদ্ধ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>&amp;Edit…</source>
        <translation>সম্পাদনা (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>Edit the selected token (Enter)</source>
        <translation>নির্বাচিত টোকেন সম্পাদনা করুন (Enter)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="395"/>
        <source>&amp;Regenerate key…</source>
        <translation>কী পুনরায় তৈরি করুন (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="396"/>
        <source>Issue a new key for the selected token</source>
        <translation>নির্বাচিত টোকেনের জন্য একটি নতুন কী ইস্যু করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="397"/>
        <source>Sus&amp;pend…</source>
        <translation>স্থগিত করুন (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="398"/>
        <source>Switch the selected token off without deleting it</source>
        <translation>নির্বাচিত টোকেনটি না মুছে বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="399"/>
        <source>Res&amp;ume</source>
        <translation>পুনরায় চালু করুন (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="400"/>
        <source>Switch the selected suspended token on again</source>
        <translation>নির্বাচিত স্থগিত টোকেনটি আবার চালু করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="401"/>
        <source>&amp;Delete</source>
        <translation>মুছুন (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Load the list again (F5)</source>
        <translation>তালিকাটি আবার লোড করুন (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Refre&amp;sh</source>
        <translation>রিফ্রেশ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="407"/>
        <source>Exp&amp;ort to CSV…</source>
        <translation>CSV-তে এক্সপোর্ট করুন (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="408"/>
        <source>Save every token the filters and the search match to a CSV file</source>
        <translation>ফিল্টার ও অনুসন্ধানের সাথে মেলা প্রতিটি টোকেন একটি CSV ফাইলে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="417"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Resume</source>
        <translation>পুনরায় চালু করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="421"/>
        <source>Show only:</source>
        <translation>শুধু দেখান:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="423"/>
        <source>E&amp;xpiring</source>
        <translation>শীঘ্রই মেয়াদ শেষ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="424"/>
        <source>Tokens that expire soon (within the policy&apos;s warning period)</source>
        <translation>যেসব টোকেনের মেয়াদ শীঘ্রই শেষ হবে (নীতির সতর্কবার্তার সময়ের মধ্যে)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Exp&amp;ired</source>
        <translation>মেয়াদোত্তীর্ণ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Tokens whose expiry has passed</source>
        <translation>যেসব টোকেনের মেয়াদ শেষ হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="426"/>
        <source>Suspended</source>
        <translation>স্থগিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="427"/>
        <source>Tokens switched off by an administrator or as leaked</source>
        <translation>প্রশাসক বন্ধ করেছেন বা কী ফাঁস হওয়ায় বন্ধ করা টোকেন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="428"/>
        <source>Unused &amp;90 days</source>
        <translation>90 দিন অব্যবহৃত (&amp;9)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="429"/>
        <source>Tokens never used, or not used for 90 days</source>
        <translation>যেসব টোকেন কখনো ব্যবহৃত হয়নি, অথবা 90 দিন ধরে ব্যবহৃত হয়নি</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="430"/>
        <source>Unrestri&amp;cted</source>
        <translation>সীমাবদ্ধতাহীন (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="431"/>
        <source>Tokens that may call every endpoint from every address</source>
        <translation>যেসব টোকেন যেকোনো ঠিকানা থেকে সব এন্ডপয়েন্ট কল করতে পারে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="437"/>
        <source>&amp;Find</source>
        <translation>খুঁজুন (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="438"/>
        <source>Search organization, ID or key…</source>
        <translation>প্রতিষ্ঠান, আইডি বা কী খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="439"/>
        <source>Search organization, ID or key (Ctrl+F)</source>
        <translation>প্রতিষ্ঠান, আইডি বা কী খুঁজুন (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="440"/>
        <source>Search tokens</source>
        <translation>টোকেন খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit</source>
        <translation>সম্পাদনা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit this token (Enter)</source>
        <translation>এই টোকেন সম্পাদনা করুন (Enter)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="444"/>
        <source>Suspend</source>
        <translation>স্থগিত করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="445"/>
        <source>Switch this token off without deleting it</source>
        <translation>এই টোকেনটি না মুছে বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Switch this token on again</source>
        <translation>এই টোকেনটি আবার চালু করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete this token (Del)</source>
        <translation>এই টোকেন মুছুন (Del)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="448"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="898"/>
        <source>The token you are signed in with is selected too: it is left out. Select it alone to change it.</source>
        <translation>যে টোকেন দিয়ে আপনি সাইন ইন করেছেন সেটিও নির্বাচিত আছে: সেটি বাদ রাখা হয়েছে। সেটি পরিবর্তন করতে শুধু সেটিকেই নির্বাচন করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="908"/>
        <source>Suspend API tokens</source>
        <translation>API টোকেন স্থগিত করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="909"/>
        <source>Programs that use their keys stop working until the tokens are resumed. Their settings and history are kept.</source>
        <translation>টোকেনগুলো পুনরায় চালু না করা পর্যন্ত যেসব প্রোগ্রাম এগুলোর কী ব্যবহার করে সেগুলো কাজ করবে না। এগুলোর সেটিংস ও ইতিহাস রাখা থাকবে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="911"/>
        <source>Suspend %n API tokens?</source>
        <translation>
            <numerusform>%nটি API টোকেন স্থগিত করবেন?</numerusform>
            <numerusform>%nটি API টোকেন স্থগিত করবেন?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="924"/>
        <source>Resume API tokens</source>
        <translation>API টোকেন পুনরায় চালু করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="925"/>
        <source>Programs that use their keys work again.</source>
        <translation>যেসব প্রোগ্রাম এগুলোর কী ব্যবহার করে সেগুলো আবার কাজ করবে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="928"/>
        <source>Resume %n API tokens?</source>
        <translation>
            <numerusform>%nটি API টোকেন পুনরায় চালু করবেন?</numerusform>
            <numerusform>%nটি API টোকেন পুনরায় চালু করবেন?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="934"/>
        <source>%n of them were reported as leaked: whoever has a leaked key can use it again.</source>
        <translation>
            <numerusform>এগুলোর মধ্যে %nটির কী ফাঁস হয়েছে বলে জানানো হয়েছে: ফাঁস হওয়া কী যার কাছে আছে, সে আবার এটি ব্যবহার করতে পারবে।</numerusform>
            <numerusform>এগুলোর মধ্যে %nটির কী ফাঁস হয়েছে বলে জানানো হয়েছে: ফাঁস হওয়া কী যার কাছে আছে, সে আবার এটি ব্যবহার করতে পারবে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="944"/>
        <source>Delete API tokens</source>
        <translation>API টোকেন মুছুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="945"/>
        <source>Programs that use their keys stop working at once. This cannot be undone.</source>
        <translation>যেসব প্রোগ্রাম এগুলোর কী ব্যবহার করে সেগুলো সঙ্গে সঙ্গে কাজ করা বন্ধ করবে। এটি পূর্বাবস্থায় ফেরানো যাবে না।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="947"/>
        <source>Delete %n API tokens?</source>
        <translation>
            <numerusform>%nটি API টোকেন মুছবেন?</numerusform>
            <numerusform>%nটি API টোকেন মুছবেন?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="959"/>
        <source>There is nothing to change in the selection.</source>
        <translation>নির্বাচিত টোকেনগুলোতে পরিবর্তন করার মতো কিছু নেই।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="974"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1108"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="984"/>
        <source>%1 of %2 API tokens done…</source>
        <translation>%2টি API টোকেনের মধ্যে %1টি সম্পন্ন…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1006"/>
        <source>The token you are signed in with was left out.</source>
        <translation>যে টোকেন দিয়ে আপনি সাইন ইন করেছেন সেটি বাদ রাখা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1012"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1028"/>
        <source>ID %1, %2 (key %3…)</source>
        <translation>আইডি %1, %2 (কী %3…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1032"/>
        <source>%n API tokens changed.</source>
        <translation>
            <numerusform>%nটি API টোকেন পরিবর্তন করা হয়েছে।</numerusform>
            <numerusform>%nটি API টোকেন পরিবর্তন করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1035"/>
        <source>%n API tokens could not be changed:</source>
        <translation>
            <numerusform>%nটি API টোকেন পরিবর্তন করা যায়নি:</numerusform>
            <numerusform>%nটি API টোকেন পরিবর্তন করা যায়নি:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1038"/>
        <source>%n API tokens were left as they are:</source>
        <translation>
            <numerusform>%nটি API টোকেন যেমন ছিল তেমনই রাখা হয়েছে:</numerusform>
            <numerusform>%nটি API টোকেন যেমন ছিল তেমনই রাখা হয়েছে:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1041"/>
        <source>Cancelled: %n API tokens were not changed.</source>
        <translation>
            <numerusform>বাতিল করা হয়েছে: %nটি API টোকেন পরিবর্তন করা হয়নি।</numerusform>
            <numerusform>বাতিল করা হয়েছে: %nটি API টোকেন পরিবর্তন করা হয়নি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1044"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… এবং আরও %nটি।</numerusform>
            <numerusform>… এবং আরও %nটি।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1057"/>
        <source>Extend expiry</source>
        <translation>মেয়াদ বাড়ান</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1058"/>
        <source>Extend the expiry of %n API tokens?</source>
        <translation>
            <numerusform>%nটি API টোকেনের মেয়াদ বাড়াবেন?</numerusform>
            <numerusform>%nটি API টোকেনের মেয়াদ বাড়াবেন?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1060"/>
        <source>Each token&apos;s expiry moves on from its current expiry (from today if it has passed). Tokens that never expire are left as they are.</source>
        <translation>প্রতিটি টোকেনের মেয়াদ তার বর্তমান মেয়াদোত্তীর্ণের তারিখ থেকে বাড়বে (সেটি পেরিয়ে গেলে আজ থেকে)। যেসব টোকেনের মেয়াদ কখনো শেষ হয় না সেগুলো যেমন আছে তেমনই থাকবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1071"/>
        <source>it never expires</source>
        <translation>এর মেয়াদ কখনো শেষ হয় না</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1073"/>
        <source>it already expires later</source>
        <translation>এর মেয়াদ ইতিমধ্যেই আরও পরে শেষ হয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1094"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1106"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1129"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1142"/>
        <source>Export API tokens</source>
        <translation>API টোকেন এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1095"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1118"/>
        <source>Reading API tokens…</source>
        <translation>API টোকেন পড়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1119"/>
        <source>Read %1 of %2 API tokens…</source>
        <translation>%2টি API টোকেনের মধ্যে %1টি পড়া হয়েছে…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1134"/>
        <source>Exported %n API tokens to the file below.</source>
        <translation>
            <numerusform>%nটি API টোকেন নিচের ফাইলে এক্সপোর্ট করা হয়েছে।</numerusform>
            <numerusform>%nটি API টোকেন নিচের ফাইলে এক্সপোর্ট করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1137"/>
        <source>The file could not be written: %1</source>
        <translation>ফাইলটি লেখা যায়নি: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="626"/>
        <source>Search API tokens</source>
        <translation>API টোকেন খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="627"/>
        <source>The search holds a whole API key. Searching by it would send the secret key to the server, which may keep it in its logs.</source>
        <translation>অনুসন্ধানে একটি সম্পূর্ণ API কী রয়েছে। এটি দিয়ে খুঁজলে গোপন কী সার্ভারে পাঠানো হবে, যা সার্ভার তার লগে রেখে দিতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="629"/>
        <source>Search by the key&apos;s first 12 characters, %1, instead?</source>
        <translation>এর বদলে কী-এর প্রথম 12টি অক্ষর, %1, দিয়ে খুঁজবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="780"/>
        <source>Suspend the API token of %1 (key %2…)?</source>
        <translation>%1-এর API টোকেন (কী %2…) স্থগিত করবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="784"/>
        <source>Suspend API token</source>
        <translation>API টোকেন স্থগিত করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="785"/>
        <source>Programs that use this key stop working until the token is resumed. Its settings and history are kept.</source>
        <translation>টোকেনটি পুনরায় চালু না করা পর্যন্ত যেসব প্রোগ্রাম এই কী ব্যবহার করে সেগুলো কাজ করবে না। এর সেটিংস ও ইতিহাস রাখা থাকবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="798"/>
        <source>Suspend your own API token</source>
        <translation>নিজের API টোকেন স্থগিত করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="799"/>
        <source>You are signed in with this token. If you suspend it, profile “%1” stops working, and you cannot resume it from here: another administrator has to.</source>
        <translation>আপনি এই টোকেন দিয়ে সাইন ইন করেছেন। এটি স্থগিত করলে “%1” প্রোফাইলটি কাজ করবে না, এবং আপনি এখান থেকে এটি পুনরায় চালু করতে পারবেন না: তা অন্য কোনো প্রশাসককে করতে হবে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="802"/>
        <source>Suspend the token you are signed in with?</source>
        <translation>যে টোকেন দিয়ে আপনি সাইন ইন করেছেন সেটি স্থগিত করবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="815"/>
        <source>Resume API token</source>
        <translation>API টোকেন পুনরায় চালু করুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="818"/>
        <source>Whoever has the leaked key can use it again. Regenerate the key to make it useless.</source>
        <translation>ফাঁস হওয়া কী যার কাছে আছে, সে আবার এটি ব্যবহার করতে পারবে। কী-টি অকেজো করতে কী পুনরায় তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="843"/>
        <source>Delete the API token of %1 (key %2…)?</source>
        <translation>%1-এর API টোকেন (কী %2…) মুছবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="783"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="846"/>
        <source>This is the token you are signed in with.</source>
        <translation>এটি সেই টোকেন যা দিয়ে আপনি সাইন ইন করেছেন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="402"/>
        <source>Delete the selected tokens (Del)</source>
        <translation>নির্বাচিত টোকেনগুলো মুছুন (Del)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="404"/>
        <source>Extend expir&amp;y…</source>
        <translation>মেয়াদ বাড়ান (&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="405"/>
        <source>Move the expiry of the selected tokens later</source>
        <translation>নির্বাচিত টোকেনগুলোর মেয়াদ পিছিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="449"/>
        <source>More actions: Regenerate key…, Extend expiry…</source>
        <translation>আরও কার্যক্রম: কী পুনরায় তৈরি করুন…, মেয়াদ বাড়ান…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="816"/>
        <source>The key %2… of %1 was reported as leaked. Resume the token anyway?</source>
        <translation>%1-এর কী %2… ফাঁস হয়েছে বলে জানানো হয়েছে। তবুও টোকেনটি পুনরায় চালু করবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="847"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>Delete API token</source>
        <translation>API টোকেন মুছুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="848"/>
        <source>Programs that use this key stop working at once. This cannot be undone.</source>
        <translation>যেসব প্রোগ্রাম এই কী ব্যবহার করে সেগুলো সঙ্গে সঙ্গে কাজ করা বন্ধ করবে। এটি পূর্বাবস্থায় ফেরানো যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="863"/>
        <source>Delete your own API token</source>
        <translation>নিজের API টোকেন মুছুন</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="864"/>
        <source>You are signed in with this token. If you delete it, you will be signed out: profile “%1” stops working until it gets a new API token.</source>
        <translation>আপনি এই টোকেন দিয়ে সাইন ইন করেছেন। এটি মুছলে আপনি সাইন আউট হয়ে যাবেন: নতুন API টোকেন না পাওয়া পর্যন্ত “%1” প্রোফাইলটি কাজ করবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="867"/>
        <source>Delete the token you are signed in with?</source>
        <translation>যে টোকেন দিয়ে আপনি সাইন ইন করেছেন সেটি মুছবেন?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>API Token is Deleted</source>
        <translation>API টোকেন মুছে ফেলা হয়েছে</translation>
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
        <translation>Compliance Client বিজ্ঞপ্তি এলাকায় চলতে থাকবে। এটি বন্ধ করতে এর আইকনের মেনুতে “প্রস্থান” বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="179"/>
        <source>&amp;Open Compliance Client</source>
        <translation>Compliance Client খুলুন (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>প্রস্থান (&amp;Q)</translation>
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
            <numerusform>আপনার API টোকেনের মেয়াদ %n দিন পরে শেষ হবে।</numerusform>
            <numerusform>আপনার API টোকেনের মেয়াদ %n দিন পরে শেষ হবে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="218"/>
        <source>Device ID disabled</source>
        <translation>ডিভাইস আইডি নিষ্ক্রিয়</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="219"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>এই পিসির ডিভাইস আইডি সার্ভারে নিষ্ক্রিয় করা আছে। কোনো প্রশাসক এটি সক্রিয় করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="222"/>
        <source>API token suspended</source>
        <translation>API টোকেন স্থগিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="223"/>
        <source>Your API token is suspended. Ask your administrator to resume it.</source>
        <translation>আপনার API টোকেন স্থগিত করা হয়েছে। এটি পুনরায় চালু করতে আপনার প্রশাসককে বলুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="240"/>
        <source>API token expires soon</source>
        <translation>API টোকেনের মেয়াদ শীঘ্রই শেষ হবে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="241"/>
        <source>Ask your administrator to extend it.</source>
        <translation>এর মেয়াদ বাড়াতে আপনার প্রশাসককে বলুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="254"/>
        <source>API token expired</source>
        <translation>API টোকেনের মেয়াদ শেষ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="255"/>
        <source>Your API token has expired. Ask your administrator to extend it or to issue a new one.</source>
        <translation>আপনার API টোকেনের মেয়াদ শেষ হয়ে গেছে। আপনার প্রশাসককে এর মেয়াদ বাড়াতে বা একটি নতুন টোকেন ইস্যু করতে বলুন।</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="126"/>
        <source>%1: %2 allowed, %3 denied</source>
        <extracomment>A day label under every 7th bar, the newest day always labelled. How many ticks the y-axis aims for (the round step decides the exact number).</extracomment>
        <translation>%1: অনুমোদিত %2, প্রত্যাখ্যাত %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="134"/>
        <source>Last %Ln days: %1 allowed, %2 denied</source>
        <translation>
            <numerusform>গত %Ln দিন: অনুমোদিত %1, প্রত্যাখ্যাত %2</numerusform>
            <numerusform>গত %Ln দিন: অনুমোদিত %1, প্রত্যাখ্যাত %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="139"/>
        <source>%1; busiest day %2 (%Ln requests)</source>
        <translation>
            <numerusform>%1; সবচেয়ে ব্যস্ত দিন %2 (%Lnটি অনুরোধ)</numerusform>
            <numerusform>%1; সবচেয়ে ব্যস্ত দিন %2 (%Lnটি অনুরোধ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="144"/>
        <source>Requests per day</source>
        <translation>প্রতিদিনের অনুরোধ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="280"/>
        <source>Allowed</source>
        <translation>অনুমোদিত</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="281"/>
        <source>Denied</source>
        <translation>প্রত্যাখ্যাত</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="192"/>
        <source>Choose a token to see how it was used.</source>
        <extracomment>The window the panel shows (the contract&apos;s default).</extracomment>
        <translation>কোনো টোকেন কীভাবে ব্যবহৃত হয়েছে দেখতে সেটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="194"/>
        <source>Your API token may not read how tokens are used.</source>
        <translation>আপনার API টোকেন টোকেনের ব্যবহার দেখতে পারে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="196"/>
        <source>Loading…</source>
        <translation>লোড হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="200"/>
        <source>Not used in the last %n days.</source>
        <translation>
            <numerusform>গত %n দিনে ব্যবহৃত হয়নি।</numerusform>
            <numerusform>গত %n দিনে ব্যবহৃত হয়নি।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="206"/>
        <source>Usage</source>
        <translation>ব্যবহার</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="208"/>
        <source>Usage of %1 (token %2)</source>
        <translation>%1-এর ব্যবহার (টোকেন %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="215"/>
        <source>Last %n days: %1 allowed, %2 denied.</source>
        <translation>
            <numerusform>গত %n দিন: অনুমোদিত %1, প্রত্যাখ্যাত %2।</numerusform>
            <numerusform>গত %n দিন: অনুমোদিত %1, প্রত্যাখ্যাত %2।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="258"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="261"/>
        <source>Last addresses</source>
        <translation>সর্বশেষ ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Last seen</source>
        <translation>সর্বশেষ দেখা গেছে</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Requests</source>
        <translation>অনুরোধ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="262"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="264"/>
        <source>Endpoints called</source>
        <translation>কল করা এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Endpoint</source>
        <translation>এন্ডপয়েন্ট</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="265"/>
        <source>Counts may lag behind by up to 10 seconds.</source>
        <translation>গণনা সর্বোচ্চ 10 সেকেন্ড পিছিয়ে থাকতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="266"/>
        <source>Loading usage</source>
        <translation>ব্যবহার লোড হচ্ছে</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="14"/>
        <source>The server does not know this API token. It may have been deleted or regenerated; ask your administrator for a new one.</source>
        <translation>সার্ভার এই API টোকেনটি চেনে না। এটি হয়তো মুছে ফেলা বা পুনরায় তৈরি করা হয়েছে; আপনার প্রশাসকের কাছে একটি নতুন টোকেন চান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="19"/>
        <source>This token expired on {expires_at}. Ask your administrator to extend it or issue a new one.</source>
        <translation>এই টোকেনটির মেয়াদ {expires_at} তারিখে শেষ হয়েছে। আপনার প্রশাসককে এর মেয়াদ বাড়াতে বা একটি নতুন টোকেন ইস্যু করতে বলুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="24"/>
        <source>This API token is suspended: an administrator switched it off, or its key was reported as leaked. Ask your administrator to resume it or to issue a new one.</source>
        <translation>এই API টোকেনটি স্থগিত: কোনো প্রশাসক এটি বন্ধ করেছেন, অথবা এর কী ফাঁস হয়েছে বলে জানানো হয়েছে। আপনার প্রশাসককে এটি পুনরায় চালু করতে বা একটি নতুন টোকেন ইস্যু করতে বলুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="29"/>
        <source>This token is blocked for your address {address}.</source>
        <translation>আপনার ঠিকানা {address}-এর জন্য এই টোকেনটি অবরুদ্ধ।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="30"/>
        <source>This token may not be used from your address {address}.</source>
        <translation>আপনার ঠিকানা {address} থেকে এই টোকেনটি ব্যবহার করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="33"/>
        <source>This token is blocked from {endpoint}.</source>
        <translation>{endpoint}-এর জন্য এই টোকেনটি অবরুদ্ধ।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="34"/>
        <source>This token is not allowed to use {endpoint}.</source>
        <translation>এই টোকেনটির {endpoint} ব্যবহারের অনুমতি নেই।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="37"/>
        <source>A token may not reach further than your own: {detail}</source>
        <translation>কোনো টোকেন আপনার নিজের টোকেনের চেয়ে বেশি অনুমতি পেতে পারে না: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="40"/>
        <source>It no longer exists on the server; someone may have deleted it.</source>
        <translation>এটি আর সার্ভারে নেই; হয়তো কেউ এটি মুছে ফেলেছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="43"/>
        <source>This token was changed by someone else.</source>
        <translation>এই টোকেনটি অন্য কেউ পরিবর্তন করেছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="44"/>
        <source>The server refused a change without a version check.</source>
        <translation>সংস্করণ যাচাই ছাড়া করা একটি পরিবর্তন সার্ভার প্রত্যাখ্যান করেছে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="47"/>
        <source>The server refused some fields: {detail}</source>
        <translation>সার্ভার কিছু ফিল্ড প্রত্যাখ্যান করেছে: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="48"/>
        <source>The token policy forbids this: {detail}</source>
        <translation>টোকেন নীতি এটি অনুমোদন করে না: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="51"/>
        <source>This is the last administrator token: deleting or restricting it would leave nobody able to manage tokens. Create another administrator token first.</source>
        <translation>এটি শেষ প্রশাসক টোকেন: এটি মুছলে বা সীমিত করলে টোকেন পরিচালনা করার মতো কেউ থাকবে না। আগে আরেকটি প্রশাসক টোকেন তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="56"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>এই পিসির ডিভাইস আইডি সার্ভারে নিষ্ক্রিয় করা আছে। কোনো প্রশাসক এটি সক্রিয় করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="60"/>
        <source>This API token is bound to other devices and cannot be used on this PC. Ask your administrator for a token for this PC.</source>
        <translation>এই API টোকেনটি অন্য ডিভাইসে আবদ্ধ, তাই এই পিসিতে এটি ব্যবহার করা যাবে না। এই পিসির জন্য একটি টোকেন আপনার প্রশাসকের কাছে চান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="65"/>
        <source>The server did not accept this PC&apos;s device proof. Check that this PC&apos;s date and time are right, then try again.</source>
        <translation>সার্ভার এই পিসির ডিভাইস-প্রমাণ গ্রহণ করেনি। এই পিসির তারিখ ও সময় সঠিক আছে কিনা যাচাই করুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="70"/>
        <source>This API token is bound to devices, and this PC&apos;s keyring holds no device key to prove which device it is. Register this PC on the This device page, or ask your administrator.</source>
        <translation>এই API টোকেনটি নির্দিষ্ট ডিভাইসে আবদ্ধ, কিন্তু এই পিসির কীরিং-এ এমন কোনো ডিভাইস কী নেই যা দিয়ে প্রমাণ করা যায় এটি কোন ডিভাইস। “এই ডিভাইস” পৃষ্ঠায় এই পিসি নিবন্ধন করুন, অথবা আপনার প্রশাসককে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="76"/>
        <source>The server knows this PC&apos;s device ID with another device key: the key in this PC&apos;s keyring is missing or different. An administrator can delete this device ID on the server so that this PC can register again.</source>
        <translation>সার্ভার এই পিসির ডিভাইস আইডিকে অন্য একটি ডিভাইস কী-এর সাথে চেনে: এই পিসির কীরিং-এ কী-টি নেই বা ভিন্ন। কোনো প্রশাসক সার্ভারে এই ডিভাইস আইডি মুছে ফেলতে পারেন, যাতে এই পিসি আবার নিবন্ধন করতে পারে।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="82"/>
        <source>A token is bound to this device, so it cannot be deleted. Unbind it from those tokens first.</source>
        <translation>এই ডিভাইসে একটি টোকেন আবদ্ধ আছে, তাই এটি মোছা যাবে না। আগে সেই টোকেনগুলো থেকে এই ডিভাইসটি সরিয়ে দিন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="87"/>
        <source>The server does not accept this enrollment code: it is unknown, used up or expired. Ask your administrator for a new one.</source>
        <translation>সার্ভার এই নথিভুক্তির কোডটি গ্রহণ করছে না: এটি অজানা, এর সব ব্যবহার শেষ হয়ে গেছে, অথবা এর মেয়াদ শেষ হয়ে গেছে। আপনার প্রশাসকের কাছে একটি নতুন কোড চান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="92"/>
        <source>The request is too large for the server at {url}. Send fewer entries at once.</source>
        <translation>{url}-এর সার্ভারের জন্য অনুরোধটি খুব বড়। একবারে কম এন্ট্রি পাঠান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="96"/>
        <source>The search holds a whole API key, so it was not sent to the server. Search by the key&apos;s first 12 characters, {prefix}, instead.</source>
        <translation>অনুসন্ধানে একটি সম্পূর্ণ API কী রয়েছে, তাই এটি সার্ভারে পাঠানো হয়নি। এর বদলে কী-এর প্রথম 12টি অক্ষর, {prefix}, দিয়ে খুঁজুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="101"/>
        <source>Too many failed sign-ins from your address. Try again in {retry_after} seconds.</source>
        <translation>আপনার ঠিকানা থেকে অনেকবার সাইন-ইন ব্যর্থ হয়েছে। {retry_after} সেকেন্ড পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="105"/>
        <source>The server at {url} is temporarily unavailable. Try again in a minute.</source>
        <translation>{url}-এর সার্ভারটি সাময়িকভাবে অনুপলব্ধ। এক মিনিট পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="108"/>
        <source>The server at {url} had an internal error. Try again; if it persists, tell the server&apos;s administrator.</source>
        <translation>{url}-এর সার্ভারে একটি অভ্যন্তরীণ ত্রুটি ঘটেছে। আবার চেষ্টা করুন; সমস্যাটি থেকে গেলে সার্ভারের প্রশাসককে জানান।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="113"/>
        <source>The server at {url} refused the connection. Is the URL right and the server running?</source>
        <translation>{url}-এর সার্ভার সংযোগ প্রত্যাখ্যান করেছে। URL কি সঠিক এবং সার্ভার কি চালু আছে?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="117"/>
        <source>The server at {url} did not answer in time. Check your network and try again.</source>
        <translation>{url}-এর সার্ভার সময়মতো সাড়া দেয়নি। আপনার নেটওয়ার্ক পরীক্ষা করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="121"/>
        <source>The server at {url} presented a certificate this PC does not trust. Check the URL, or set the organization&apos;s CA bundle in the profile.</source>
        <translation>{url}-এর সার্ভার এমন একটি সার্টিফিকেট দেখিয়েছে যা এই পিসি বিশ্বাস করে না। URL যাচাই করুন, অথবা প্রোফাইলে প্রতিষ্ঠানের CA বান্ডেল সেট করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="127"/>
        <source>The server at {url} answered with something that is not a Compliance token server. Is the URL right?</source>
        <translation>{url}-এর সার্ভারের উত্তর থেকে বোঝা যাচ্ছে এটি কোনো Compliance টোকেন সার্ভার নয়। URL কি সঠিক?</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="132"/>
        <source>The server at {url} answered unexpectedly ({detail}).</source>
        <translation>{url}-এর সার্ভার অপ্রত্যাশিত উত্তর দিয়েছে ({detail})।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="135"/>
        <source>Plain http:// is only allowed for this computer&apos;s own addresses. Use https:// for {url}.</source>
        <translation>সাধারণ http:// শুধু এই কম্পিউটারের নিজস্ব ঠিকানার জন্য অনুমোদিত। {url}-এর জন্য https:// ব্যবহার করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="139"/>
        <source>The server URL is not valid. Enter it like https://compliance.example.com.</source>
        <translation>সার্ভার URL বৈধ নয়। এটি এভাবে লিখুন: https://compliance.example.com।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="142"/>
        <source>The server at {url} redirected to an address the API token must not be sent to. Check the server URL.</source>
        <translation>{url}-এর সার্ভার এমন একটি ঠিকানায় পুনর্নির্দেশ করেছে যেখানে API টোকেন পাঠানো যাবে না। সার্ভার URL যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="147"/>
        <source>No secure keyring is available on this PC, so the API token could not be kept safely. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>এই পিসিতে কোনো নিরাপদ কীরিং উপলব্ধ নেই, তাই API টোকেনটি নিরাপদে রাখা যায়নি। আপনার সিস্টেমের কীরিং (Windows Credential Manager, GNOME Keyring, KWallet) ইনস্টল বা আনলক করুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="154"/>
        <source>No secure keyring is available on this PC, so its device key could not be kept. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>এই পিসিতে কোনো নিরাপদ কীরিং উপলব্ধ নেই, তাই এর ডিভাইস কী রাখা যায়নি। আপনার সিস্টেমের কীরিং (Windows Credential Manager, GNOME Keyring, KWallet) ইনস্টল বা আনলক করুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="160"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed, so this PC&apos;s device key could not be used. Unlock the keyring and try again.</source>
        <translation>আপনার কীরিং লক করা আছে, অথবা এটি আনলক করার অনুরোধ বাতিল করা হয়েছে, তাই এই পিসির ডিভাইস কী ব্যবহার করা যায়নি। কীরিং আনলক করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="165"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed. Unlock the keyring and try again.</source>
        <translation>আপনার কীরিং লক করা আছে, অথবা এটি আনলক করার অনুরোধ বাতিল করা হয়েছে। কীরিং আনলক করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="170"/>
        <source>This API token is too long for Windows Credential Manager (at most 2,560 bytes). Check that you pasted only the token.</source>
        <translation>এই API টোকেনটি Windows Credential Manager-এর জন্য অনেক দীর্ঘ (সর্বোচ্চ 2,560 বাইট)। আপনি শুধু টোকেনটিই পেস্ট করেছেন কিনা যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="175"/>
        <source>The system keyring reported an error. Try again; if it persists, restart the keyring service or this PC.</source>
        <translation>সিস্টেম কীরিং একটি ত্রুটি জানিয়েছে। আবার চেষ্টা করুন; সমস্যাটি থেকে গেলে কীরিং পরিষেবা বা এই পিসি পুনরায় চালু করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="180"/>
        <source>The profile file could not be read, so the app starts without a profile. The old file was kept as {moved_to}. Set up your profile again, or ask your support team to recover it from that file.</source>
        <translation>প্রোফাইল ফাইলটি পড়া যায়নি, তাই অ্যাপটি কোনো প্রোফাইল ছাড়াই চালু হচ্ছে। পুরোনো ফাইলটি {moved_to} হিসেবে রাখা হয়েছে। আপনার প্রোফাইল আবার সেট আপ করুন, অথবা সেই ফাইল থেকে এটি পুনরুদ্ধার করতে আপনার সাপোর্ট টিমকে বলুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="187"/>
        <source>The profile could not be saved to {path}; the previous profile file is unchanged. Free some disk space or check the folder&apos;s permissions, then save again.</source>
        <translation>প্রোফাইলটি {path}-এ সংরক্ষণ করা যায়নি; আগের প্রোফাইল ফাইলটি অপরিবর্তিত আছে। ডিস্কে কিছু জায়গা খালি করুন বা ফোল্ডারের অনুমতি যাচাই করুন, তারপর আবার সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="193"/>
        <source>This PC&apos;s device ID could not be read or created. Check that the app may write to its data folder.</source>
        <translation>এই পিসির ডিভাইস আইডি পড়া বা তৈরি করা যায়নি। অ্যাপটি তার ডেটা ফোল্ডারে লিখতে পারে কিনা যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="198"/>
        <source>No profile is set up yet. Fill in the profile first.</source>
        <translation>এখনও কোনো প্রোফাইল সেট আপ করা হয়নি। আগে প্রোফাইলটি পূরণ করুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="201"/>
        <source>This profile has no API token. Enter one in the profile.</source>
        <translation>এই প্রোফাইলে কোনো API টোকেন নেই। প্রোফাইলে একটি টোকেন লিখুন।</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="218"/>
        <source>Something went wrong.</source>
        <translation>কিছু একটা ভুল হয়েছে।</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="124"/>
        <source>&amp;Yes</source>
        <extracomment>What a title bar takes besides its text, in logical pixels: room for a close button on both sides (46 pixels on Windows 10/11; a title centred in the bar, as GNOME draws it, needs the same room on the side without buttons) and for the window icon&apos;s margins. The fonts a title may be drawn in: the platform&apos;s title bar font (Windows: the caption font), the one QMessageBox measures with, and the box&apos;s own; the widest counts.</extracomment>
        <translation>হ্যাঁ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="125"/>
        <source>&amp;No</source>
        <translation>না (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="137"/>
        <location filename="../../compliance_client/ui/messages.py" line="144"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
</context>
</TS>
