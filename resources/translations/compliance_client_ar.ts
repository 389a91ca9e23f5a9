<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="142"/>
        <source>About Compliance Client</source>
        <translation>حول Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="144"/>
        <source>Compliance Client %1</source>
        <translation>Compliance Client %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="146"/>
        <source>Version</source>
        <translation>الإصدار</translation>
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
        <translation>نظام التشغيل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="151"/>
        <source>Settings folder</source>
        <translation>مجلد الإعدادات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="152"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="153"/>
        <source>Log folder</source>
        <translation>مجلد السجلات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="157"/>
        <source>Copy &amp;diagnostics</source>
        <translation>نسخ &amp;بيانات التشخيص</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="160"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/about_dialog.py" line="175"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>تم نسخ بيانات التشخيص إلى الحافظة.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="68"/>
        <source>name</source>
        <extracomment>Wait this long after the last key in the token field before asking the server. Entries per request of an export (the server&apos;s largest page).</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="69"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="70"/>
        <source>owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="71"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="72"/>
        <source>old key works until</source>
        <translation>يعمل المفتاح القديم حتى</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="73"/>
        <source>grace period</source>
        <translation>فترة السماح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="74"/>
        <source>created by</source>
        <translation>المنشئ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="75"/>
        <source>devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="76"/>
        <source>maximum lifetime (days)</source>
        <translation>الحد الأقصى لمدة الصلاحية (بالأيام)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="77"/>
        <source>expire date required</source>
        <translation>تاريخ انتهاء الصلاحية مطلوب</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="78"/>
        <source>IP restriction required</source>
        <translation>تقييد عناوين IP مطلوب</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="79"/>
        <source>default lifetime (days)</source>
        <translation>مدة الصلاحية الافتراضية (بالأيام)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="80"/>
        <source>warning before expiry (days)</source>
        <translation>التنبيه قبل انتهاء الصلاحية (بالأيام)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="81"/>
        <source>organization name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="82"/>
        <source>organization ID</source>
        <translation>معرف المؤسسة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="83"/>
        <source>key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="84"/>
        <source>allowed endpoints</source>
        <translation>نقاط النهاية المسموح بها</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="85"/>
        <source>blocked endpoints</source>
        <translation>نقاط النهاية المحظورة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="86"/>
        <source>allowed IPs</source>
        <translation>عناوين IP المسموح بها</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="87"/>
        <source>blocked IPs</source>
        <translation>عناوين IP المحظورة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="88"/>
        <source>expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="89"/>
        <source>scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="90"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="91"/>
        <source>host name</source>
        <translation>اسم المضيف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="92"/>
        <source>profile name</source>
        <translation>اسم ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="99"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="100"/>
        <source>disabled</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="101"/>
        <source>suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="102"/>
        <source>by an administrator</source>
        <translation>بواسطة مسؤول</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="103"/>
        <source>key reported as leaked</source>
        <translation>تم الإبلاغ عن تسرّب المفتاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="104"/>
        <source>all organizations</source>
        <translation>كل المؤسسات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="105"/>
        <source>own organization</source>
        <translation>المؤسسة الخاصة به</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="110"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="112"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="122"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="125"/>
        <source> +%1 more</source>
        <translation> +%1 أخرى</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="143"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="263"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="148"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="163"/>
        <source>Added API token %1</source>
        <translation>تمت إضافة رمز API %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="164"/>
        <source>Changed API token %1</source>
        <translation>تم تغيير رمز API %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="165"/>
        <source>Regenerated the key of API token %1</source>
        <translation>تمت إعادة إنشاء مفتاح رمز API %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="166"/>
        <source>Deleted API token %1</source>
        <translation>تم حذف رمز API %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="167"/>
        <source>Registered device %1</source>
        <translation>تم تسجيل الجهاز %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="168"/>
        <source>Disabled device %1</source>
        <translation>تم تعطيل الجهاز %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="169"/>
        <source>Enabled device %1</source>
        <translation>تم تمكين الجهاز %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="170"/>
        <source>Suspended API token %1</source>
        <translation>تم تعليق رمز API %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="171"/>
        <source>Resumed API token %1</source>
        <translation>تم استئناف رمز API %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="172"/>
        <source>API token %1 rotated its own key</source>
        <translation>دوّر رمز API %1 مفتاحه الخاص</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="173"/>
        <source>Suspended API token %1 after a leaked-key report</source>
        <translation>تم تعليق رمز API %1 بعد الإبلاغ عن تسرّب مفتاحه</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="175"/>
        <source>Changed the token policy</source>
        <translation>تم تغيير سياسة الرموز المميزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>When</source>
        <extracomment>What the server is asked for. Frozen: a worker reads it while the GUI thread may put a new one here, and a change reloads, so an answer for the old one is dropped.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>From where</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="235"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="239"/>
        <source>No entries match the filters.</source>
        <translation>لا توجد إدخالات تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="240"/>
        <source>The audit log is empty.</source>
        <translation>سجل التدقيق فارغ.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="245"/>
        <source>Showing %1 of %2 entries</source>
        <translation>عرض %1 من أصل %2 من الإدخالات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="247"/>
        <source>1 entry</source>
        <translation>إدخال واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n إدخالات</numerusform>
            <numerusform>%n إدخال</numerusform>
            <numerusform>%n إدخالان</numerusform>
            <numerusform>%n إدخالات</numerusform>
            <numerusform>%n إدخالًا</numerusform>
            <numerusform>%n إدخال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="253"/>
        <source>A report of a leaked key</source>
        <translation>بلاغ عن مفتاح مسرّب</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="255"/>
        <source>Server administrator (on the server)</source>
        <translation>مسؤول الخادم (على الخادم)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="257"/>
        <source>%1… (token %2)</source>
        <translation>%1… (الرمز المميز %2)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="258"/>
        <source>Token %1</source>
        <translation>الرمز المميز %1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="465"/>
        <source>Type a date like %1, or pick one from the calendar.</source>
        <extracomment>The token a key prefix named (None: the field holds no prefix, or it named none). The export under way (None: none), and where the last one went with how many entries it held.</extracomment>
        <translation>اكتب تاريخًا مثل %1، أو اختر تاريخًا من التقويم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="469"/>
        <source>The from date is after the to date.</source>
        <translation>تاريخ البداية لاحق لتاريخ النهاية.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="502"/>
        <source>Your API token may not list tokens, so a key cannot be looked up: type the token&apos;s ID.</source>
        <translation>لا يمكن لرمز API الخاص بك سرد الرموز المميزة، لذا لا يمكن البحث عن مفتاح: اكتب معرف الرمز المميز.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="520"/>
        <source>No token&apos;s key starts with %1.</source>
        <translation>لا يوجد رمز مميز يبدأ مفتاحه بـ %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="524"/>
        <source>The keys of %n tokens start with this: type more of the key, or the token&apos;s ID.</source>
        <translation>
            <numerusform>هناك %n رموز مميزة تبدأ مفاتيحها بهذا: اكتب المزيد من المفتاح، أو معرف الرمز المميز.</numerusform>
            <numerusform>هناك %n رمز مميز يبدأ مفتاحه بهذا: اكتب المزيد من المفتاح، أو معرف الرمز المميز.</numerusform>
            <numerusform>هناك %n رمزان مميزان يبدأ مفتاحاهما بهذا: اكتب المزيد من المفتاح، أو معرف الرمز المميز.</numerusform>
            <numerusform>هناك %n رموز مميزة تبدأ مفاتيحها بهذا: اكتب المزيد من المفتاح، أو معرف الرمز المميز.</numerusform>
            <numerusform>هناك %n رمزًا مميزًا تبدأ مفاتيحها بهذا: اكتب المزيد من المفتاح، أو معرف الرمز المميز.</numerusform>
            <numerusform>هناك %n رمز مميز تبدأ مفاتيحها بهذا: اكتب المزيد من المفتاح، أو معرف الرمز المميز.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="552"/>
        <source>Any action</source>
        <translation>أي إجراء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="564"/>
        <source>audit-log</source>
        <translation>سجل-التدقيق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="584"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="602"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="609"/>
        <source>Export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="568"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="580"/>
        <source>%1 of %2 entries</source>
        <translation>%1 من أصل %2 من الإدخالات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="585"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="603"/>
        <source>%n entries were written.</source>
        <translation>
            <numerusform>تمت كتابة %n إدخال.</numerusform>
            <numerusform>تمت كتابة %n إدخال.</numerusform>
            <numerusform>تمت كتابة %n إدخالين.</numerusform>
            <numerusform>تمت كتابة %n إدخالات.</numerusform>
            <numerusform>تمت كتابة %n إدخالًا.</numerusform>
            <numerusform>تمت كتابة %n إدخال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="608"/>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="614"/>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="620"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="615"/>
        <source>Refre&amp;sh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="616"/>
        <source>Load the log again (F5)</source>
        <translation>إعادة تحميل السجل (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="617"/>
        <source>&amp;Export to CSV…</source>
        <translation>ت&amp;صدير إلى CSV…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="619"/>
        <source>Write every entry the filters show to a CSV file</source>
        <translation>كتابة كل الإدخالات التي تعرضها عوامل التصفية في ملف CSV</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="621"/>
        <source>Token:</source>
        <translation>الرمز المميز:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="622"/>
        <source>ID or key prefix</source>
        <translation>المعرف أو بداية المفتاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="624"/>
        <source>Entries by or about one token: its ID, or the start of its key</source>
        <translation>الإدخالات الصادرة عن رمز مميز واحد أو المتعلقة به: معرفه، أو بداية مفتاحه</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="625"/>
        <source>Token ID or key prefix</source>
        <translation>معرف الرمز المميز أو بداية المفتاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="626"/>
        <source>Action:</source>
        <translation>الإجراء:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="627"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="629"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="630"/>
        <source>From date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="631"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="632"/>
        <source>To date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/audit_page.py" line="633"/>
        <source>C&amp;lear filters</source>
        <translation>إ&amp;زالة عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="60"/>
        <source>Hide the code</source>
        <translation>إخفاء الرمز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="61"/>
        <source>Show the code</source>
        <translation>إظهار الرمز</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="154"/>
        <source>Open the calendar</source>
        <translation>فتح التقويم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/date_edit.py" line="155"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>فتح التقويم (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="220"/>
        <source>Disable device ID</source>
        <extracomment>Thumbprint of the device key in this PC&apos;s keyring (None: none there).</extracomment>
        <translation>تعطيل معرف الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="221"/>
        <source>Disable the device ID of this PC?</source>
        <translation>هل تريد تعطيل معرف الجهاز لهذا الكمبيوتر؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="222"/>
        <source>This PC will no longer be accepted by the compliance server until an administrator enables it again.</source>
        <translation>لن يقبل خادم التوافق هذا الكمبيوتر بعد الآن إلى أن يعيد المسؤول تمكينه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="270"/>
        <source>Device registered</source>
        <translation>تم تسجيل الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="271"/>
        <source>This PC is registered with the compliance server.</source>
        <translation>هذا الكمبيوتر مسجل لدى خادم التوافق.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="275"/>
        <source>Device ID disabled</source>
        <translation>تم تعطيل معرف الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="276"/>
        <source>Device ID disabled. This PC is no longer accepted by the compliance server until an administrator enables it again.</source>
        <translation>تم تعطيل معرف الجهاز. لم يعد خادم التوافق يقبل هذا الكمبيوتر إلى أن يعيد المسؤول تمكينه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="284"/>
        <source>Device ID enabled</source>
        <translation>تم تمكين معرف الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="285"/>
        <source>Device ID enabled. The compliance server accepts this PC again.</source>
        <translation>تم تمكين معرف الجهاز. يقبل خادم التوافق هذا الكمبيوتر مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="326"/>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="328"/>
        <source>The compliance server knows this PC by its device ID. If this PC is lost or handed on, disable its device ID so the server no longer accepts it.</source>
        <translation>يتعرف خادم التوافق على هذا الكمبيوتر من خلال معرف الجهاز الخاص به. إذا فقدت هذا الكمبيوتر أو سلّمته إلى شخص آخر، فقم بتعطيل معرف الجهاز الخاص به حتى لا يقبله الخادم بعد الآن.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="330"/>
        <source>Device ID:</source>
        <translation>معرف الجهاز:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="331"/>
        <source>Host name:</source>
        <translation>اسم المضيف:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="332"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="333"/>
        <source>Device key:</source>
        <translation>مفتاح الجهاز:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="334"/>
        <source>Registered:</source>
        <translation>تاريخ التسجيل:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="335"/>
        <source>Last seen:</source>
        <translation>آخر ظهور:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="336"/>
        <source>Disabled:</source>
        <translation>تاريخ التعطيل:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="337"/>
        <source>On the compliance server</source>
        <translation>على خادم التوافق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="338"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="339"/>
        <source>Copy the device ID</source>
        <translation>نسخ معرف الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="340"/>
        <source>Device ID</source>
        <translation>معرف الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="341"/>
        <source>Host name</source>
        <translation>اسم المضيف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="342"/>
        <source>Status on the server</source>
        <translation>الحالة على الخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="343"/>
        <source>Device key on the server</source>
        <translation>مفتاح الجهاز على الخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="344"/>
        <source>About the device key</source>
        <translation>حول مفتاح الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="345"/>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="346"/>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="347"/>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="401"/>
        <source>Disabled</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="348"/>
        <source>Asking the server</source>
        <translation>جارٍ الاستعلام من الخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="349"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="350"/>
        <source>&amp;Register this PC</source>
        <translation>ت&amp;سجيل هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="351"/>
        <source>&amp;Disable device ID…</source>
        <translation>تع&amp;طيل معرف الجهاز…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="352"/>
        <source>&amp;Enable device ID</source>
        <translation>تم&amp;كين معرف الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="353"/>
        <source>Refre&amp;sh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="387"/>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="396"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="397"/>
        <source>Asking the server…</source>
        <translation>جارٍ الاستعلام من الخادم…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="399"/>
        <source>Not registered: the server does not know this PC yet.</source>
        <translation>غير مسجل: لا يعرف الخادم هذا الكمبيوتر بعد.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="400"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="440"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="444"/>
        <source>The server has no device key for this PC, so it cannot tell this PC&apos;s requests from others made with the same token. Register this PC to add its key.</source>
        <translation>ليس لدى الخادم مفتاح جهاز لهذا الكمبيوتر، لذلك لا يمكنه تمييز طلبات هذا الكمبيوتر عن الطلبات الأخرى المرسلة بالرمز المميز نفسه. سجّل هذا الكمبيوتر لإضافة مفتاحه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="448"/>
        <source>This PC&apos;s keyring holds this key: every request is signed with it.</source>
        <translation>تحتوي سلسلة المفاتيح في هذا الكمبيوتر على هذا المفتاح: يتم توقيع كل طلب به.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="451"/>
        <source>This PC&apos;s keyring does not hold this key, so its requests are not signed, and tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with a new key.</source>
        <translation>لا تحتوي سلسلة المفاتيح في هذا الكمبيوتر على هذا المفتاح، لذلك لا يتم توقيع طلباته، ويتم رفض الرموز المميزة المرتبطة بهذا الكمبيوتر. يمكن للمسؤول حذف معرف الجهاز هذا على الخادم حتى يتمكن هذا الكمبيوتر من التسجيل مرة أخرى بمفتاح جديد.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/device_page.py" line="456"/>
        <source>This PC&apos;s keyring holds a different key, so tokens bound to this PC are refused. An administrator can delete this device ID on the server so that this PC can register again with its key.</source>
        <translation>تحتوي سلسلة المفاتيح في هذا الكمبيوتر على مفتاح مختلف، لذلك يتم رفض الرموز المميزة المرتبطة بهذا الكمبيوتر. يمكن للمسؤول حذف معرف الجهاز هذا على الخادم حتى يتمكن هذا الكمبيوتر من التسجيل مرة أخرى بمفتاحه.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="159"/>
        <source>Enroll with a code</source>
        <translation>التسجيل باستخدام رمز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="161"/>
        <source>Enter the enrollment code your administrator gave you. This PC then gets an API token of its own, kept in the system keyring: there is no key to paste.</source>
        <translation>أدخل رمز التسجيل الذي قدمه لك المسؤول. سيحصل هذا الكمبيوتر بعد ذلك على رمز API خاص به، يُحتفظ به في سلسلة مفاتيح النظام: لا يوجد مفتاح للصقه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="163"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;عنوان URL للخادم:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="164"/>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="166"/>
        <source>Enrollment &amp;code:</source>
        <translation>&amp;رمز التسجيل:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="167"/>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="168"/>
        <source>Paste the code (cce_…)</source>
        <translation>الصق الرمز ‏(cce_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="169"/>
        <source>Set by your organization</source>
        <translation>تم تعيينه بواسطة مؤسستك</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="170"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>عيّنت مؤسستك هذه القيمة لهذا الكمبيوتر؛ ولا يمكن تغييرها هنا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="176"/>
        <source>Enrolling this PC</source>
        <translation>جارٍ تسجيل هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="180"/>
        <source>Enrolling…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="181"/>
        <source>&amp;Enroll</source>
        <translation>ت&amp;سجيل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="182"/>
        <source>Enroll</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/enroll_dialog.py" line="282"/>
        <source>Nothing was sent to the server: the code can still be used once the keyring works.</source>
        <translation>لم يتم إرسال أي شيء إلى الخادم: لا يزال بالإمكان استخدام الرمز بمجرد أن تعمل سلسلة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodeDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="233"/>
        <source>New enrollment code</source>
        <translation>رمز تسجيل جديد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="235"/>
        <source>Give this code to the PCs that are to enroll: put it in the EnrollmentCode policy, or enter it in Profile &gt; Enroll with a code. It is shown only this once.</source>
        <translation>قدّم هذا الرمز إلى أجهزة الكمبيوتر المراد تسجيلها: ضعه في سياسة EnrollmentCode، أو أدخله في «ملف التعريف &gt; التسجيل باستخدام رمز». لا يظهر هذا الرمز إلا الآن.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="237"/>
        <source>You won&apos;t see this code again.</source>
        <translation>لن تتمكن من رؤية هذا الرمز مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="238"/>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="244"/>
        <source>QR code of the enrollment code</source>
        <translation>رمز التسجيل بتنسيق رمز QR</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="246"/>
        <source>The same code as above, to scan with a phone or a tablet.</source>
        <translation>الرمز نفسه الموجود أعلاه، لمسحه ضوئيًا بهاتف أو جهاز لوحي.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/key_dialog.py" line="250"/>
        <source>Valid until %1 for %n enrollments.</source>
        <translation>
            <numerusform>صالح حتى %1 لـ %n عملية تسجيل.</numerusform>
            <numerusform>صالح حتى %1 لـ %n عملية تسجيل.</numerusform>
            <numerusform>صالح حتى %1 لـ %n عمليتي تسجيل.</numerusform>
            <numerusform>صالح حتى %1 لـ %n عمليات تسجيل.</numerusform>
            <numerusform>صالح حتى %1 لـ %n عملية تسجيل.</numerusform>
            <numerusform>صالح حتى %1 لـ %n عملية تسجيل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="53"/>
        <source>Create enrollment code</source>
        <translation>إنشاء رمز تسجيل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="57"/>
        <source>C&amp;reate code</source>
        <translation>إن&amp;شاء الرمز</translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="101"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendChoice</name>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1164"/>
        <source>Until &amp;date:</source>
        <translation>حتى &amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1166"/>
        <source>New expiry date</source>
        <translation>تاريخ انتهاء الصلاحية الجديد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1177"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n يوم</numerusform>
            <numerusform>+%n يوم</numerusform>
            <numerusform>+%n يومين</numerusform>
            <numerusform>+%n أيام</numerusform>
            <numerusform>+%n يومًا</numerusform>
            <numerusform>+%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="173"/>
        <source>New API key</source>
        <translation>مفتاح API جديد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="177"/>
        <source>This is the new API key for %1. The old key keeps working until %2. Copy the new key now and give it to the programs that use it before then.</source>
        <translation>هذا هو مفتاح API الجديد الخاص بـ %1. يظل المفتاح القديم يعمل حتى %2. انسخ المفتاح الجديد الآن وقدّمه إلى البرامج التي تستخدمه قبل ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="182"/>
        <source>This is the new API key for %1. The old key no longer works. Copy the new key now and give it to the programs that use it.</source>
        <translation>هذا هو مفتاح API الجديد الخاص بـ %1. لم يعد المفتاح القديم يعمل. انسخ المفتاح الجديد الآن وقدّمه إلى البرامج التي تستخدمه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="187"/>
        <source>This is the API key for %1. Copy it now and keep it somewhere safe.</source>
        <translation>هذا هو مفتاح API الخاص بـ %1. انسخه الآن واحتفظ به في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="190"/>
        <source>You won&apos;t see this key again.</source>
        <translation>لن تتمكن من رؤية هذا المفتاح مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="191"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="163"/>
        <source>&amp;Copy</source>
        <extracomment>After a regenerate with a grace period: until when the replaced key works.</extracomment>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="166"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>تم النسخ. سيتم مسح الحافظة خلال %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="168"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="266"/>
        <source>None (stops at once)</source>
        <translation>بلا مهلة (يتوقف فورًا)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="307"/>
        <source>&amp;Grace period for the old key:</source>
        <translation>مهلة &amp;عمل المفتاح القديم:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="267"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="268"/>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="269"/>
        <source>7 days</source>
        <translation>7 أيام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="270"/>
        <source>%1 seconds</source>
        <translation>%1 ثانية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="279"/>
        <source>The old key keeps working until about %1. Give the new key to every program that uses the old one before then.</source>
        <translation>يظل المفتاح القديم يعمل حتى %1 تقريبًا. قدّم المفتاح الجديد إلى كل برنامج يستخدم المفتاح القديم قبل ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="300"/>
        <source>How long the old key keeps working</source>
        <translation>مدة استمرار عمل المفتاح القديم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="316"/>
        <source>Regenerate key</source>
        <translation>إعادة إنشاء المفتاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="317"/>
        <source>Issue a new key for %1 (key %2…)?</source>
        <translation>هل تريد إصدار مفتاح جديد لـ %1 (المفتاح %2…)؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/key_dialog.py" line="275"/>
        <source>The old key stops working at once. Every program that uses it needs the new key.</source>
        <translation>يتوقف المفتاح القديم عن العمل فورًا. سيحتاج كل برنامج يستخدمه إلى المفتاح الجديد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="214"/>
        <source>Profile</source>
        <extracomment>Pages only a global token is offered (DESIGN §8: the policy is the whole service&apos;s). The navigation is as wide as its longest page name needs, at most this: every pixel it does not need goes to the page (at 200 % on a small screen there are few to spare).</extracomment>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="215"/>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="216"/>
        <source>API tokens</source>
        <translation>رموز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="217"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="218"/>
        <source>Token policy</source>
        <translation>سياسة الرموز المميزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="222"/>
        <source>Compliance Client</source>
        <translation>Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="229"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="230"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="231"/>
        <source>&amp;Start when I sign in</source>
        <translation>&amp;بدء التشغيل عند تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="233"/>
        <source>E&amp;xit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="234"/>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="235"/>
        <source>&amp;About Compliance Client</source>
        <translation>&amp;حول Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="236"/>
        <source>Retry &amp;now</source>
        <translation>إعادة الم&amp;حاولة الآن</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="237"/>
        <source>Try to reach the server again now</source>
        <translation>محاولة الوصول إلى الخادم مرة أخرى الآن</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="240"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>معرف الجهاز لهذا الكمبيوتر معطل على الخادم. يمكن للمسؤول تمكينه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="242"/>
        <source>Until then this app does not contact the server. Once it is enabled, check again.</source>
        <translation>وحتى ذلك الحين، لا يتصل هذا التطبيق بالخادم. بعد تمكينه، تحقق مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="244"/>
        <source>Device ID disabled</source>
        <translation>معرف الجهاز معطل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="245"/>
        <source>Check a&amp;gain</source>
        <translation>التحقق م&amp;جددًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="247"/>
        <source>Ask the server whether this PC&apos;s device ID is enabled again</source>
        <translation>الاستعلام من الخادم عمّا إذا تمت إعادة تمكين معرف الجهاز لهذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="261"/>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="262"/>
        <source>No server set</source>
        <translation>لم يتم تعيين خادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="265"/>
        <source>Organization: %1</source>
        <translation>المؤسسة: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="300"/>
        <source>Not connected · retrying…</source>
        <translation>غير متصل · جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="304"/>
        <source>Not connected · retrying in %1 s</source>
        <translation>غير متصل · إعادة المحاولة خلال %1 ث</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="311"/>
        <source>This PC could not be registered with the server yet; it will be tried again at the next start. %1</source>
        <translation>تعذر تسجيل هذا الكمبيوتر لدى الخادم حتى الآن؛ ستتم إعادة المحاولة عند بدء التشغيل التالي. %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="317"/>
        <source>Enrolling this PC with %1…</source>
        <translation>جارٍ تسجيل هذا الكمبيوتر لدى %1…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="321"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>سجّلت مؤسستك هذا الكمبيوتر لدى %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="327"/>
        <source>This PC could not be enrolled with your organization&apos;s code; the Profile page says why.</source>
        <translation>تعذر تسجيل هذا الكمبيوتر باستخدام رمز مؤسستك؛ توضح صفحة «ملف التعريف» السبب.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="385"/>
        <source>The “Start when I sign in” setting could not be changed. %1</source>
        <translation>تعذر تغيير إعداد البدء عند تسجيل الدخول. %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="398"/>
        <source>Set by your organization</source>
        <translation>تم تعيينه بواسطة مؤسستك</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="400"/>
        <source>Set for every user of this PC when the app was installed; only an administrator can change it</source>
        <translation>تم تعيينه لكل مستخدمي هذا الكمبيوتر عند تثبيت التطبيق؛ ولا يمكن تغييره إلا بواسطة مسؤول</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/main_window.py" line="403"/>
        <source>Start Compliance Client in the background when you sign in to this PC</source>
        <translation>بدء تشغيل Compliance Client في الخلفية عند تسجيل الدخول إلى هذا الكمبيوتر</translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="381"/>
        <location filename="../../compliance_client/ui/grid/view.py" line="383"/>
        <source>Retry</source>
        <extracomment>Rows measured for a column&apos;s content width (the first page&apos;s first rows: enough to see typical texts, cheap enough for every new list).</extracomment>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="382"/>
        <source>Clear filters</source>
        <translation>إزالة عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="394"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="405"/>
        <source>Could not load more: %1</source>
        <translation>تعذر تحميل المزيد: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/view.py" line="411"/>
        <source>%1 — loading more…</source>
        <translation>%1 — جارٍ تحميل المزيد…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="141"/>
        <source>Nothing to show.</source>
        <extracomment>Emitted whenever ``state``, ``error`` or the row count changes. column -&gt; the server&apos;s sort field for it; columns not listed are not sortable. The number of columns, when fixed: Qt asks columnCount() thousands of times a paint, and translating every title to count them is what made a paint cost ~50 ms. The roles :meth:`cell` answers (as ints), when known; data() answers None for any other role without calling into the subclass (a paint asks ~10 roles per cell). The column whose text a marked row&apos;s badge (:meth:`row_mark`) stands before. The column whose text is drawn as a badge in the tone :meth:`badge` gives (-1: none).</extracomment>
        <translation>لا يوجد شيء لعرضه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/model.py" line="144"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Hide</source>
        <extracomment>Room a window manager&apos;s title bar and borders take around a window (logical pixels).</extracomment>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="310"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="311"/>
        <source>Hide the token</source>
        <translation>إخفاء الرمز المميز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="312"/>
        <source>Show the token</source>
        <translation>إظهار الرمز المميز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/widgets.py" line="314"/>
        <source>Only a token typed here can be shown: a stored token stays in the system keyring.</source>
        <translation>يمكن إظهار الرمز المميز المكتوب هنا فقط: يبقى الرمز المميز المخزن في سلسلة مفاتيح النظام.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="50"/>
        <source>The default lifetime may not be longer than the maximum lifetime.</source>
        <extracomment>The fields that have a line of their own for their problems (the check boxes cannot be wrong: a check box is true or false).</extracomment>
        <translation>لا يجوز أن تكون مدة الصلاحية الافتراضية أطول من الحد الأقصى لمدة الصلاحية.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="53"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>أدخل عددًا صحيحًا من %1 إلى %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="185"/>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>Token policy</source>
        <extracomment>The policy as the server last answered it (None: not read yet).</extracomment>
        <translation>سياسة الرموز المميزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="187"/>
        <source>The rules every API token must follow when it is created or its expiry or IP addresses are changed. Tokens made before a stricter rule keep working.</source>
        <translation>القواعد التي يجب أن يتبعها كل رمز API عند إنشائه أو عند تغيير تاريخ انتهاء صلاحيته أو عناوين IP الخاصة به. تظل الرموز المميزة التي أُنشئت قبل قاعدة أكثر صرامة تعمل.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="189"/>
        <source>&amp;Limit token lifetime</source>
        <translation>تقيي&amp;د مدة صلاحية الرموز المميزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="190"/>
        <source>&amp;Maximum lifetime (days):</source>
        <translation>الحد الأ&amp;قصى لمدة الصلاحية (بالأيام):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="191"/>
        <source>Maximum lifetime in days</source>
        <translation>الحد الأقصى لمدة الصلاحية بالأيام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="192"/>
        <source>Require an &amp;expire date</source>
        <translation>ا&amp;شتراط تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="193"/>
        <source>Require an &amp;IP restriction</source>
        <translation>اشتراط تقييد &amp;عناوين IP</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="195"/>
        <source>Every token must name at least one allowed IP address or network.</source>
        <translation>يجب أن يحدد كل رمز مميز عنوان IP أو شبكة واحدة على الأقل مسموحًا بها.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="196"/>
        <source>Defa&amp;ult lifetime (days):</source>
        <translation>مدة الصلاحية الا&amp;فتراضية (بالأيام):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="197"/>
        <source>Default lifetime in days</source>
        <translation>مدة الصلاحية الافتراضية بالأيام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="199"/>
        <source>The expiry a new token is given unless its creator picks another.</source>
        <translation>مدة الصلاحية التي يُمنحها الرمز المميز الجديد ما لم يختر منشئه مدة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="200"/>
        <source>&amp;Warn before expiry (days):</source>
        <translation>الت&amp;نبيه قبل انتهاء الصلاحية (بالأيام):</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="201"/>
        <source>Warn before expiry, in days</source>
        <translation>التنبيه قبل انتهاء الصلاحية، بالأيام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="203"/>
        <source>How many days before its token expires the app warns the user (0: never).</source>
        <translation>كم يومًا قبل انتهاء صلاحية الرمز المميز يُنبّه التطبيق المستخدم (0: لا يُنبّه أبدًا).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="205"/>
        <source>Your API token may read the token policy but not change it.</source>
        <translation>يمكن لرمز API الخاص بك قراءة سياسة الرموز المميزة ولكن لا يمكنه تغييرها.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="206"/>
        <source>&amp;Save</source>
        <translation>حف&amp;ظ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="207"/>
        <source>Save the token policy on the server</source>
        <translation>حفظ سياسة الرموز المميزة على الخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="208"/>
        <source>Re&amp;vert</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="210"/>
        <source>Discard the changes and read the policy from the server again</source>
        <translation>تجاهل التغييرات وقراءة السياسة من الخادم مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="211"/>
        <source>Working</source>
        <translation>جارٍ التنفيذ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/policy_page.py" line="324"/>
        <source>The token policy is saved.</source>
        <translation>تم حفظ سياسة الرموز المميزة.</translation>
    </message>
</context>
<context>
    <name>PolicyPlurals</name>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="22"/>
        <source>The token policy allows at most %n days from today: pick an earlier day.</source>
        <translation>
            <numerusform>تسمح سياسة الرموز المميزة بـ %n يوم كحد أقصى من اليوم: اختر يومًا أبكر.</numerusform>
            <numerusform>تسمح سياسة الرموز المميزة بـ %n يوم كحد أقصى من اليوم: اختر يومًا أبكر.</numerusform>
            <numerusform>تسمح سياسة الرموز المميزة بـ %n يومين كحد أقصى من اليوم: اختر يومًا أبكر.</numerusform>
            <numerusform>تسمح سياسة الرموز المميزة بـ %n أيام كحد أقصى من اليوم: اختر يومًا أبكر.</numerusform>
            <numerusform>تسمح سياسة الرموز المميزة بـ %n يومًا كحد أقصى من اليوم: اختر يومًا أبكر.</numerusform>
            <numerusform>تسمح سياسة الرموز المميزة بـ %n يوم كحد أقصى من اليوم: اختر يومًا أبكر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="50"/>
        <source>Connected. Organization: %1 (%2).</source>
        <translation>تم الاتصال. المؤسسة: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="53"/>
        <source>The token never expires.</source>
        <translation>لا تنتهي صلاحية الرمز المميز أبدًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="55"/>
        <source>The token expires on %1.</source>
        <translation>تنتهي صلاحية الرمز المميز في %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="58"/>
        <source>It may call %1 of %2 endpoints: %3.</source>
        <translation>يمكنه استدعاء %1 من أصل %2 من نقاط النهاية: %3.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/connection_test.py" line="60"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="189"/>
        <source>Profile settings</source>
        <extracomment>IT&apos;s managed settings, read with the profiles (None until then).</extracomment>
        <translation>إعدادات ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="195"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="196"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="238"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="325"/>
        <source>(new profile)</source>
        <translation>(ملف تعريف جديد)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="239"/>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="240"/>
        <source>Discard your changes to the profile “%1”?</source>
        <translation>هل تريد تجاهل التغييرات التي أجريتها على ملف التعريف «%1»؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="326"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="536"/>
        <source>The profile was not saved. Fix the marked fields, then save again.</source>
        <translation>لم يتم حفظ ملف التعريف. صحح الحقول المميزة بعلامة، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="328"/>
        <source>The profile was not saved. Fix the marked field, then save again.</source>
        <translation>لم يتم حفظ ملف التعريف. صحح الحقل المميز بعلامة، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="348"/>
        <source>Rename profile</source>
        <translation>إعادة تسمية ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="349"/>
        <source>New name for the profile “%1”:</source>
        <translation>الاسم الجديد لملف التعريف «%1»:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="359"/>
        <source>Delete profile</source>
        <translation>حذف ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="360"/>
        <source>Delete the profile “%1”?</source>
        <translation>هل تريد حذف ملف التعريف «%1»؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="361"/>
        <source>Its settings and its stored API token are removed from this PC. The token itself stays valid on the server.</source>
        <translation>ستتم إزالة إعداداته ورمز API المخزن الخاص به من هذا الكمبيوتر. يظل الرمز المميز نفسه صالحًا على الخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="378"/>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="383"/>
        <source>Profile deleted</source>
        <translation>تم حذف ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="379"/>
        <source>The profile “%1” is deleted, but its API token could not be removed from the system keyring.</source>
        <translation>تم حذف ملف التعريف «%1»، ولكن تعذرت إزالة رمز API الخاص به من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="384"/>
        <source>The profile “%1” is deleted.</source>
        <translation>تم حذف ملف التعريف «%1».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="522"/>
        <source>Profile saved without its token</source>
        <translation>تم حفظ ملف التعريف بدون الرمز المميز الخاص به</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="523"/>
        <source>Your profile is saved, but its API token could not be stored in the system keyring.</source>
        <translation>تم حفظ ملف التعريف، ولكن تعذر تخزين رمز API الخاص به في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="526"/>
        <source>The token is still in the dialog: fix the keyring, then press Save again. Until then this PC cannot connect with this profile.</source>
        <translation>لا يزال الرمز المميز موجودًا في مربع الحوار: أصلح مشكلة سلسلة المفاتيح، ثم اضغط على «حفظ» مرة أخرى. وحتى ذلك الحين، لا يمكن لهذا الكمبيوتر الاتصال باستخدام ملف التعريف هذا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Profile saved</source>
        <translation>تم حفظ ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="530"/>
        <source>Your profile is saved.</source>
        <translation>تم حفظ ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Profile not saved</source>
        <translation>لم يتم حفظ ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_dialog.py" line="540"/>
        <source>Your profile could not be saved.</source>
        <translation>تعذر حفظ ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="248"/>
        <source>&amp;Profile:</source>
        <translation>&amp;ملف التعريف:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="249"/>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="250"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="251"/>
        <source>Add a profile</source>
        <translation>إضافة ملف تعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="252"/>
        <source>&amp;Rename…</source>
        <translation>إعادة &amp;تسمية…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="253"/>
        <source>Rename this profile</source>
        <translation>إعادة تسمية ملف التعريف هذا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="254"/>
        <source>&amp;Delete…</source>
        <translation>ح&amp;ذف…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="255"/>
        <source>Delete this profile</source>
        <translation>حذف ملف التعريف هذا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="257"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="258"/>
        <source>Profile name</source>
        <translation>اسم ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="259"/>
        <source>For example: Work</source>
        <translation>على سبيل المثال: العمل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="260"/>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="261"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="262"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;عنوان URL للخادم:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="263"/>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="265"/>
        <source>API to&amp;ken:</source>
        <translation>&amp;رمز API:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="266"/>
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="267"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="348"/>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="268"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="269"/>
        <source>Testing the connection</source>
        <translation>جارٍ اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="270"/>
        <source>Enr&amp;oll with a code…</source>
        <translation>التس&amp;جيل باستخدام رمز…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="271"/>
        <source>Enroll with a code</source>
        <translation>التسجيل باستخدام رمز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="272"/>
        <source>Get this PC&apos;s API token with the enrollment code your administrator gave you, instead of pasting a token</source>
        <translation>الحصول على رمز API لهذا الكمبيوتر باستخدام رمز التسجيل الذي قدمه لك المسؤول، بدلًا من لصق رمز مميز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="278"/>
        <location filename="../../compliance_client/ui/profile_form.py" line="468"/>
        <source>Set by your organization</source>
        <translation>تم تعيينه بواسطة مؤسستك</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="279"/>
        <source>Your organization set this value for this PC; it cannot be changed here.</source>
        <translation>عيّنت مؤسستك هذه القيمة لهذا الكمبيوتر؛ ولا يمكن تغييرها هنا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="319"/>
        <source>This PC is enrolled with %1.</source>
        <translation>هذا الكمبيوتر مسجل لدى %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="332"/>
        <source>Checking the keyring…</source>
        <translation>جارٍ التحقق من سلسلة المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="334"/>
        <source>A token is stored</source>
        <translation>تم تخزين رمز مميز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="336"/>
        <source>Paste the API token (cct_…)</source>
        <translation>الصق رمز API ‏(cct_…)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="339"/>
        <source>Leave the field empty to keep the stored token, or paste a new one to replace it.</source>
        <translation>اترك الحقل فارغًا للاحتفاظ بالرمز المميز المخزن، أو الصق رمزًا جديدًا لاستبداله.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_form.py" line="347"/>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="24"/>
        <source>Enter a profile name.</source>
        <translation>أدخل اسمًا لملف التعريف.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="26"/>
        <source>A profile name is at most %1 characters.</source>
        <translation>الحد الأقصى لعدد الأحرف في اسم ملف التعريف هو %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="28"/>
        <source>A profile name cannot contain line breaks or control characters.</source>
        <translation>لا يمكن أن يحتوي اسم ملف التعريف على فواصل أسطر أو أحرف تحكم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="30"/>
        <source>This looks like an API token. Put the token in the token field and give the profile a name.</source>
        <translation>يبدو أن هذا رمز API. ضع الرمز المميز في حقل الرمز المميز، وامنح ملف التعريف اسمًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="34"/>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>يوجد بالفعل ملف تعريف باسم «%1». اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="38"/>
        <source>Enter the server URL, for example https://compliance.example.com.</source>
        <translation>أدخل عنوان URL للخادم، على سبيل المثال https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="41"/>
        <source>This server URL is too long.</source>
        <translation>عنوان URL للخادم هذا طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="42"/>
        <source>This looks like an API token. Put the token in the token field, not in the server URL.</source>
        <translation>يبدو أن هذا رمز API. ضع الرمز المميز في حقل الرمز المميز، وليس في عنوان URL للخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="46"/>
        <source>A server URL cannot contain spaces.</source>
        <translation>لا يمكن أن يحتوي عنوان URL للخادم على مسافات.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="47"/>
        <source>The server URL must start with https:// (or http:// for a server on this computer).</source>
        <translation>يجب أن يبدأ عنوان URL للخادم بـ https://‎ (أو http://‎ لخادم على هذا الكمبيوتر).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="51"/>
        <source>Leave the user name and password out of the server URL; the API token is entered separately.</source>
        <translation>لا تضمّن اسم المستخدم وكلمة المرور في عنوان URL للخادم؛ إذ يتم إدخال رمز API بشكل منفصل.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="55"/>
        <source>The server URL needs a host name, for example https://compliance.example.com.</source>
        <translation>يجب أن يتضمن عنوان URL للخادم اسم مضيف، على سبيل المثال https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="59"/>
        <source>The port in the server URL must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون المنفذ في عنوان URL للخادم رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="61"/>
        <source>The server URL cannot hold a query (?…) or a fragment (#…).</source>
        <translation>لا يمكن أن يحتوي عنوان URL للخادم على استعلام (?…) أو جزء (#…).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="63"/>
        <source>Use https:// for a server on another computer: plain http:// would send the API token in clear. http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>استخدم https://‎ لخادم على كمبيوتر آخر: سيؤدي استخدام http://‎ العادي إلى إرسال رمز API كنص غير مشفر. يُسمح باستخدام http://‎ لهذا الكمبيوتر فقط (localhost، 127.0.0.1، ::1).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="68"/>
        <source>Enter an API token.</source>
        <translation>أدخل رمز API.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="69"/>
        <source>An API token starts with “cct_”.</source>
        <translation>يبدأ رمز API بـ «cct_».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="71"/>
        <source>An API token is %1 characters long; check that you copied all of it.</source>
        <translation>عدد أحرف رمز API هو %1؛ تأكد من أنك نسخته بالكامل.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="75"/>
        <source>An API token holds only letters and digits after “cct_”.</source>
        <translation>يحتوي رمز API على أحرف وأرقام فقط بعد «cct_».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="78"/>
        <source>This API token is mistyped: its checksum does not match. Copy it again.</source>
        <translation>رمز API هذا مكتوب بشكل خاطئ: المجموع الاختباري الخاص به غير متطابق. انسخه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="92"/>
        <source>Enter an enrollment code.</source>
        <translation>أدخل رمز تسجيل.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="93"/>
        <source>An enrollment code starts with “cce_”.</source>
        <translation>يبدأ رمز التسجيل بـ «cce_».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="95"/>
        <source>An enrollment code is %1 characters long.</source>
        <translation>عدد أحرف رمز التسجيل هو %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="97"/>
        <source>An enrollment code holds only letters and digits after “cce_”.</source>
        <translation>يحتوي رمز التسجيل على أحرف وأرقام فقط بعد «cce_».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/profile_texts.py" line="100"/>
        <source>This enrollment code is mistyped: its checksum does not match.</source>
        <translation>رمز التسجيل هذا مكتوب بشكل خاطئ: المجموع الاختباري الخاص به غير متطابق.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="230"/>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="232"/>
        <source>No profile is set up yet. Set up your profile with the server URL and the API token your administrator gave you, so this PC can reach the compliance server.</source>
        <translation>لم يتم إعداد أي ملف تعريف بعد. قم بإعداد ملف التعريف باستخدام عنوان URL للخادم ورمز API اللذين قدمهما لك المسؤول، حتى يتمكن هذا الكمبيوتر من الوصول إلى خادم التوافق.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="234"/>
        <source>&amp;Set up profile…</source>
        <translation>إ&amp;عداد ملف التعريف…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="235"/>
        <source>Set up profile</source>
        <translation>إعداد ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="236"/>
        <source>&amp;Edit profile…</source>
        <translation>تح&amp;رير ملف التعريف…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="237"/>
        <source>Edit profile</source>
        <translation>تحرير ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="238"/>
        <source>&amp;Rotate key…</source>
        <translation>ت&amp;دوير المفتاح…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="239"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="389"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="425"/>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="438"/>
        <source>Rotate key</source>
        <translation>تدوير المفتاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="241"/>
        <source>Give this profile&apos;s API token a new key; the old key keeps working for an hour</source>
        <translation>منح رمز API الخاص بملف التعريف هذا مفتاحًا جديدًا؛ يظل المفتاح القديم يعمل لمدة ساعة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="243"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>API token:</source>
        <translation>رمز API:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Connection:</source>
        <translation>الاتصال:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="244"/>
        <source>Organization:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="245"/>
        <source>Token expires:</source>
        <translation>انتهاء صلاحية الرمز المميز:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="247"/>
        <source>Profile name</source>
        <translation>اسم ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="248"/>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="249"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="250"/>
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="251"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="252"/>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="253"/>
        <source>Token expires</source>
        <translation>انتهاء صلاحية الرمز المميز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="255"/>
        <source>API token expires soon</source>
        <translation>تنتهي صلاحية رمز API قريبًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="296"/>
        <source>Your organization enrolled this PC with %1.</source>
        <translation>سجّلت مؤسستك هذا الكمبيوتر لدى %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="299"/>
        <source>This PC could not be enrolled with your organization&apos;s code.</source>
        <translation>تعذر تسجيل هذا الكمبيوتر باستخدام رمز مؤسستك.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="303"/>
        <source>Enrolling this PC with your organization&apos;s code…</source>
        <translation>جارٍ تسجيل هذا الكمبيوتر باستخدام رمز مؤسستك…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="324"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="327"/>
        <source>Could not be read from the system keyring</source>
        <translation>تعذرت القراءة من سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="329"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="331"/>
        <source>Stored in the system keyring</source>
        <translation>مخزن في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="333"/>
        <source>Not stored: enter it in the profile</source>
        <translation>غير مخزن: أدخله في ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="369"/>
        <source>Never expires</source>
        <translation>لا تنتهي صلاحيته أبدًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="371"/>
        <source>Expired on %1</source>
        <translation>انتهت صلاحيته في %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="380"/>
        <source>Your API token expires in %n days, on %1. Ask your administrator to extend it before then: once it has expired, this PC can no longer reach the server.</source>
        <translation>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يوم، في %1. اطلب من المسؤول تمديده قبل ذلك الحين: بعد انتهاء صلاحيته، لن يتمكن هذا الكمبيوتر من الوصول إلى الخادم.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يوم، في %1. اطلب من المسؤول تمديده قبل ذلك الحين: بعد انتهاء صلاحيته، لن يتمكن هذا الكمبيوتر من الوصول إلى الخادم.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يومين، في %1. اطلب من المسؤول تمديده قبل ذلك الحين: بعد انتهاء صلاحيته، لن يتمكن هذا الكمبيوتر من الوصول إلى الخادم.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n أيام، في %1. اطلب من المسؤول تمديده قبل ذلك الحين: بعد انتهاء صلاحيته، لن يتمكن هذا الكمبيوتر من الوصول إلى الخادم.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يومًا، في %1. اطلب من المسؤول تمديده قبل ذلك الحين: بعد انتهاء صلاحيته، لن يتمكن هذا الكمبيوتر من الوصول إلى الخادم.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يوم، في %1. اطلب من المسؤول تمديده قبل ذلك الحين: بعد انتهاء صلاحيته، لن يتمكن هذا الكمبيوتر من الوصول إلى الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="390"/>
        <source>Give this PC a new key for its API token?</source>
        <translation>هل تريد منح هذا الكمبيوتر مفتاحًا جديدًا لرمز API الخاص به؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="392"/>
        <source>The server issues a new key, which this app keeps in the system keyring instead of the old one. The old key keeps working for an hour; other programs that use it need the new key before then.</source>
        <translation>يُصدر الخادم مفتاحًا جديدًا يحتفظ به هذا التطبيق في سلسلة مفاتيح النظام بدلًا من المفتاح القديم. يظل المفتاح القديم يعمل لمدة ساعة؛ وتحتاج البرامج الأخرى التي تستخدمه إلى المفتاح الجديد قبل ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="412"/>
        <source>Key rotated; the old key works until %1.</source>
        <translation>تم تدوير المفتاح؛ يعمل المفتاح القديم حتى %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="419"/>
        <source>The new key could not be stored in the system keyring, which still holds the old key; it works until %1. Paste the new key into the profile (Edit profile…) before then, or this PC can no longer reach the server.</source>
        <translation>تعذر تخزين المفتاح الجديد في سلسلة مفاتيح النظام، التي لا تزال تحتفظ بالمفتاح القديم؛ وهو يعمل حتى %1. الصق المفتاح الجديد في ملف التعريف («تحرير ملف التعريف…») قبل ذلك الحين، وإلا فلن يتمكن هذا الكمبيوتر من الوصول إلى الخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/profile_page.py" line="439"/>
        <source>The key was not rotated; the old key still works.</source>
        <translation>لم يتم تدوير المفتاح؛ لا يزال المفتاح القديم يعمل.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="508"/>
        <source>Device ID disabled</source>
        <extracomment>Seconds before each retry of a lost server; the last one repeats. CONNECTED again after FAILED: pages that could not load try again. IT&apos;s enrollment code is being redeemed (the server&apos;s URL), then it was, or failed. IT&apos;s managed settings, once the first reload read them (None until then). The server IT&apos;s code enrolled this PC with in this run, or None. Why enrolling with IT&apos;s code failed in this run, or None. What the token could do when last connected (kept while FAILED; None until the server first answered for this profile): which pages to offer while offline.</extracomment>
        <translation>معرف الجهاز معطل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="510"/>
        <source>Enrolling this PC…</source>
        <translation>جارٍ تسجيل هذا الكمبيوتر…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="512"/>
        <source>Not set up</source>
        <translation>لم يتم الإعداد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="513"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="514"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/session.py" line="515"/>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="49"/>
        <source>Re&amp;load</source>
        <translation>إعادة &amp;تحميل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="50"/>
        <source>&amp;Use the server&apos;s values</source>
        <translation>است&amp;خدام قيم الخادم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="57"/>
        <source>This token was changed by someone else. The server&apos;s current values are shown under each field that differs from yours. Save again to replace them with yours, or use the server&apos;s values.</source>
        <translation>تم تغيير هذا الرمز المميز بواسطة شخص آخر. تظهر القيم الحالية للخادم أسفل كل حقل يختلف عن قيمتك. احفظ مرة أخرى لاستبدالها بقيمك، أو استخدم قيم الخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="64"/>
        <source>This token was changed by someone else. Nothing was saved; what you typed is kept. Reload to see the current values.</source>
        <translation>تم تغيير هذا الرمز المميز بواسطة شخص آخر. لم يتم حفظ أي شيء؛ تم الاحتفاظ بما كتبته. أعد التحميل لرؤية القيم الحالية.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="99"/>
        <source>never expires</source>
        <translation>لا تنتهي صلاحيته أبدًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/conflict.py" line="102"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Edit API token</source>
        <extracomment>The form is an enrollment code&apos;s template (``EnrollmentDialog``, DESIGN §13).</extracomment>
        <translation>تحرير رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="296"/>
        <source>Add API token</source>
        <translation>إضافة رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="300"/>
        <source>This is the token you are signed in with. Restricting it or regenerating its key affects this app too.</source>
        <translation>هذا هو الرمز المميز الذي سجلت الدخول به. يؤثر تقييده أو إعادة إنشاء مفتاحه على هذا التطبيق أيضًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="313"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="314"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="435"/>
        <source>This token is suspended: its key was reported as leaked. Regenerate the key before anyone resumes it.</source>
        <translation>هذا الرمز المميز معلّق: تم الإبلاغ عن تسرّب مفتاحه. أعد إنشاء المفتاح قبل أن يستأنفه أي شخص.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="439"/>
        <source>This token is suspended: the server refuses its key until it is resumed.</source>
        <translation>هذا الرمز المميز معلّق: يرفض الخادم مفتاحه إلى أن يتم استئنافه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="442"/>
        <source>The previous key still works until %1.</source>
        <translation>لا يزال المفتاح السابق يعمل حتى %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="869"/>
        <source>Discard your changes to this token?</source>
        <translation>هل تريد تجاهل التغييرات التي أجريتها على هذا الرمز المميز؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="739"/>
        <source>API token added successfully</source>
        <translation>تمت إضافة رمز API بنجاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="754"/>
        <source>API Key with id %1 is updated successfully</source>
        <translation>تم تحديث مفتاح API ذي المعرف %1 بنجاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="817"/>
        <location filename="../../compliance_client/ui/token_dialog/dialog.py" line="820"/>
        <source>On the server: %1</source>
        <translation>على الخادم: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="28"/>
        <source>every endpoint</source>
        <translation>كل نقاط النهاية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/endpoint_picker.py" line="30"/>
        <source>all endpoints of the %1 group</source>
        <translation>كل نقاط النهاية في المجموعة %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="272"/>
        <source>Organization &amp;name:</source>
        <translation>&amp;اسم المؤسسة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="273"/>
        <source>Organization &amp;ID:</source>
        <translation>&amp;معرف المؤسسة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="274"/>
        <source>Sc&amp;ope:</source>
        <translation>النطا&amp;ق:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="275"/>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="276"/>
        <source>&amp;Allowed endpoints:</source>
        <translation>نقاط النهاية الم&amp;سموح بها:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="277"/>
        <source>&amp;Blocked endpoints:</source>
        <translation>نقاط النهاية المح&amp;ظورة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="278"/>
        <source>Allowed I&amp;Ps:</source>
        <translation>&amp;عناوين IP المسموح بها:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="279"/>
        <source>Bloc&amp;ked IPs:</source>
        <translation>عناوين IP المحظو&amp;رة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="85"/>
        <source>Expire date</source>
        <extracomment>A choice of the drop-down: a preset&apos;s number of days, ON_A_DATE or NEVER.</extracomment>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="95"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="97"/>
        <source>On a date…</source>
        <translation>في تاريخ محدد…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="188"/>
        <source>Type the expire date as %1.</source>
        <translation>اكتب تاريخ انتهاء الصلاحية على النحو التالي: %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="190"/>
        <source>“%1” is not a date: type the expire date as %2.</source>
        <translation>«%1» ليس تاريخًا؛ اكتب تاريخ انتهاء الصلاحية على النحو التالي: %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="269"/>
        <source>Na&amp;me:</source>
        <extracomment>How long a new enrollment code works, in seconds (1 hour, 1 day, 7 days; the server takes 60 to 604,800); the second is the default.</extracomment>
        <translation>اسم الرم&amp;ز:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="270"/>
        <source>O&amp;wner:</source>
        <translation>المال&amp;ك:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="271"/>
        <source>&amp;Description:</source>
        <translation>الو&amp;صف:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="280"/>
        <source>Bound &amp;to devices:</source>
        <translation>مرتبط بالأ&amp;جهزة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="281"/>
        <source>E&amp;xpires:</source>
        <translation>ا&amp;نتهاء الصلاحية:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="282"/>
        <source>Code &amp;valid for:</source>
        <translation>مدة صلا&amp;حية الرمز:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="283"/>
        <source>&amp;Uses:</source>
        <translation>عد&amp;د الاستخدامات:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="293"/>
        <source>What it is for, e.g. Nightly backup</source>
        <translation>الغرض منه، مثال: النسخ الاحتياطي الليلي</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="295"/>
        <source>Who to ask about it, e.g. it-ops@example.com</source>
        <translation>من يُسأل عنه، مثال: it-ops@example.com</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="297"/>
        <source>Optional: where it is used, how to replace it</source>
        <translation>اختياري: أين يُستخدم، وكيف يُستبدل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="298"/>
        <source>e.g. Acme Corporation</source>
        <translation>مثال: Acme Corporation</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="299"/>
        <source>e.g. acme-corp</source>
        <translation>مثال: acme-corp</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="300"/>
        <source>All endpoints (no allowed list)</source>
        <translation>كل نقاط النهاية (لا توجد قائمة مسموح بها)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="303"/>
        <source>None blocked</source>
        <translation>لا شيء محظور</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="308"/>
        <source>Any address. One address or network per line, e.g. 10.0.0.0/8</source>
        <translation>أي عنوان. عنوان أو شبكة واحدة في كل سطر، مثال: 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="313"/>
        <source>None blocked. One entry per line</source>
        <translation>لا شيء محظور. إدخال واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="316"/>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="317"/>
        <source>Global (all organizations)</source>
        <translation>عام (كل المؤسسات)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="319"/>
        <source>An organization token acts only inside its own organization ID. A global token acts on every organization: give it only to the service&apos;s administrators.</source>
        <translation>يعمل الرمز المميز الخاص بمؤسسة داخل معرف المؤسسة الخاص به فقط. يعمل الرمز المميز العام على كل المؤسسات: لا تمنحه إلا لمسؤولي الخدمة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="328"/>
        <source>Devices:</source>
        <translation>الأجهزة:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="329"/>
        <source>Each PC that enrolls gets its own token, bound to that PC.</source>
        <translation>يحصل كل كمبيوتر يتم تسجيله على رمز مميز خاص به، مرتبط بذلك الكمبيوتر.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="333"/>
        <source>After this, no PC can enroll with the code, even with uses left.</source>
        <translation>بعد انقضاء هذه المدة، لا يعود الرمز صالحًا لتسجيل أي جهاز، حتى إن تبقّت له استخدامات.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="336"/>
        <source>How many PCs may enroll with this code (1 to 1,000).</source>
        <translation>عدد أجهزة الكمبيوتر التي يمكن تسجيلها باستخدام هذا الرمز (من 1 إلى 1,000).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="88"/>
        <source>A token that never expires keeps working until someone deletes it. Prefer an expire date.</source>
        <translation>يستمر الرمز المميز الذي لا تنتهي صلاحيته في العمل إلى أن يحذفه شخص ما. يُفضل تعيين تاريخ انتهاء صلاحية.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="326"/>
        <source>&amp;Regenerate key…</source>
        <translation>إعادة إن&amp;شاء المفتاح…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/expiry_field.py" line="86"/>
        <source>The token stops working at the end of this day, in your time zone.</source>
        <translation>يتوقف الرمز المميز عن العمل في نهاية هذا اليوم، حسب المنطقة الزمنية الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/form.py" line="374"/>
        <source>Only the start of the key is kept; the whole key was shown once, when it was issued.</source>
        <translation>يتم الاحتفاظ ببداية المفتاح فقط؛ تم عرض المفتاح بالكامل مرة واحدة، عند إصداره.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="80"/>
        <source>%1 is listed twice (line %2).</source>
        <translation>%1 مدرج مرتين (السطر %2).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="104"/>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/ip_list_editor.py" line="109"/>
        <source>… and %1 more lines to fix.</source>
        <translation>… وعدد الأسطر الأخرى التي تحتاج إلى تصحيح: %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="33"/>
        <source>The entry is empty.</source>
        <translation>الإدخال فارغ.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="37"/>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>تم تعيين بتات المضيف في %1؛ هل تقصد %2؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="41"/>
        <source>%1 holds an interface zone (%…); enter the address without it.</source>
        <translation>يحتوي %1 على منطقة واجهة (%…)؛ أدخل العنوان بدونها.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="48"/>
        <source>%1 is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).</source>
        <translation>%1 ليس عنوان IP أو شبكة (مثال: 10.0.0.5، 10.0.0.0/8، 2001:db8::/32).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="67"/>
        <source>Enter the organization name.</source>
        <translation>أدخل اسم المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="68"/>
        <source>Enter the organization ID.</source>
        <translation>أدخل معرف المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="71"/>
        <source>This is longer than %1 characters.</source>
        <translation>يتجاوز هذا الحد الأقصى لعدد الأحرف (%1).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="73"/>
        <source>This must be text.</source>
        <translation>يجب أن تكون هذه القيمة نصًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="74"/>
        <source>An organization ID holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>يمكن أن يحتوي معرف المؤسسة على أحرف وأرقام و&apos;.&apos; و&apos;_&apos; و&apos;-&apos; فقط، ويجب أن يبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="80"/>
        <source>At most %1 entries are allowed.</source>
        <translation>الحد الأقصى المسموح به لعدد الإدخالات هو %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="83"/>
        <source>%1 matches no endpoint; use an id such as tokens.read, a group such as tokens.*, or *.</source>
        <translation>لا يطابق %1 أي نقطة نهاية؛ استخدم معرفًا مثل tokens.read، أو مجموعة مثل tokens.*، أو *.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="90"/>
        <source>%1 is listed twice.</source>
        <translation>%1 مدرج مرتين.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="92"/>
        <source>%1 is in both the allowed and the blocked list; remove it from one.</source>
        <translation>%1 موجود في كل من القائمة المسموح بها والقائمة المحظورة؛ قم بإزالته من إحداهما.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="97"/>
        <source>The expire date must be in the future.</source>
        <translation>يجب أن يكون تاريخ انتهاء الصلاحية في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="98"/>
        <source>The expire date is more than 100 years away.</source>
        <translation>تاريخ انتهاء الصلاحية بعد أكثر من 100 عام.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="99"/>
        <source>The expire date is not valid.</source>
        <translation>تاريخ انتهاء الصلاحية غير صالح.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="100"/>
        <source>%1 is not a device ID.</source>
        <translation>%1 ليس معرف جهاز.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="101"/>
        <source>This holds a control character (pasted, perhaps); remove it.</source>
        <translation>يحتوي هذا على حرف تحكم (ربما تم لصقه)؛ قم بإزالته.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="103"/>
        <source>This holds a broken character (pasted, perhaps); type it again.</source>
        <translation>يحتوي هذا على حرف تالف (ربما تم لصقه)؛ اكتبه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="106"/>
        <source>The token policy requires an expire date: pick one.</source>
        <translation>تتطلب سياسة الرموز المميزة تاريخ انتهاء صلاحية: اختر تاريخًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="109"/>
        <source>The token policy requires at least one allowed IP address or network: add one.</source>
        <translation>تتطلب سياسة الرموز المميزة عنوان IP أو شبكة واحدة على الأقل مسموحًا بها: أضف واحدًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="124"/>
        <source>A device ticked here is not registered in organization %1 (deleted meanwhile?): untick it, or pick the organization&apos;s devices again.</source>
        <translation>أحد الأجهزة المحددة هنا غير مسجل في المؤسسة %1 (ربما تم حذفه في أثناء ذلك؟): ألغِ تحديده، أو اختر أجهزة المؤسسة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/problem_texts.py" line="132"/>
        <source>Not a registered device of organization %1: %2. Untick it: a token is bound only to devices of its own organization.</source>
        <translation>ليس جهازًا مسجلًا في المؤسسة %1: %2. ألغِ تحديده: لا يرتبط الرمز المميز إلا بأجهزة مؤسسته.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="22"/>
        <source>This token may call every endpoint from any address.</source>
        <translation>يمكن لهذا الرمز المميز استدعاء كل نقاط النهاية من أي عنوان.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="25"/>
        <source>any address</source>
        <translation>أي عنوان</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="26"/>
        <source>May call every endpoint from %1.</source>
        <translation>يمكنه استدعاء كل نقاط النهاية من %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="27"/>
        <source>May call every endpoint from %1 except %2.</source>
        <translation>يمكنه استدعاء كل نقاط النهاية من %1 باستثناء %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="30"/>
        <source>May call %1 of %2 endpoints from %3.</source>
        <translation>يمكنه استدعاء %1 من أصل %2 من نقاط النهاية من %3.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="31"/>
        <source>May call %1 of %2 endpoints from %3 except %4.</source>
        <translation>يمكنه استدعاء %1 من أصل %2 من نقاط النهاية من %3 باستثناء %4.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="34"/>
        <source>This includes %1, which every token may call.</source>
        <translation>يشمل هذا %1، وهي نقطة نهاية يمكن لكل رمز مميز استدعاؤها.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="35"/>
        <source>Never expires.</source>
        <translation>لا تنتهي صلاحيته أبدًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="36"/>
        <source>Expires %1.</source>
        <translation>تنتهي صلاحيته في %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="37"/>
        <source>%1 and %2 more</source>
        <translation>%1 و%2 أخرى</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="38"/>
        <source>Only from the devices it is bound to: %1.</source>
        <translation>فقط من الأجهزة المرتبط بها: %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="40"/>
        <source>%1 is in both the allowed and the blocked endpoints; remove it from one.</source>
        <translation>%1 موجود في كل من نقاط النهاية المسموح بها ونقاط النهاية المحظورة؛ قم بإزالته من إحداهما.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="44"/>
        <source>%1 is in both the allowed and the blocked IPs; remove it from one.</source>
        <translation>%1 موجود في كل من عناوين IP المسموح بها وعناوين IP المحظورة؛ قم بإزالته من إحداهما.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="47"/>
        <source>The blocked IPs cover every allowed address, so this token cannot be used from anywhere.</source>
        <translation>تغطي عناوين IP المحظورة كل العناوين المسموح بها، لذا لا يمكن استخدام هذا الرمز المميز من أي مكان.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="52"/>
        <source>This token may call no endpoint except checking itself.</source>
        <translation>لا يمكن لهذا الرمز المميز استدعاء أي نقطة نهاية باستثناء التحقق من نفسه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="55"/>
        <source>It is unrestricted: consider limiting its endpoints or addresses.</source>
        <translation>إنه غير مقيد: فكّر في تقييد نقاط النهاية أو العناوين الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="58"/>
        <source>It is global: it acts on the tokens and devices of every organization.</source>
        <translation>إنه عام: يعمل على الرموز المميزة والأجهزة الخاصة بكل المؤسسات.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="62"/>
        <source>This reaches further than your own token; the server will refuse it.</source>
        <translation>يتجاوز هذا نطاق الرمز المميز الخاص بك؛ سيرفضه الخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="66"/>
        <source>%1 is not a registered device of this organization; the server will refuse it.</source>
        <translation>%1 ليس جهازًا مسجلًا في هذه المؤسسة؛ سيرفضه الخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="71"/>
        <source>%1 is disabled: this token cannot be used from it while it is.</source>
        <translation>%1 معطل: لا يمكن استخدام هذا الرمز المميز منه ما دام معطلًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="74"/>
        <source>%1 has no device key, so it cannot sign requests: this token cannot be used from it until it registers again with a key.</source>
        <translation>ليس لدى %1 مفتاح جهاز، لذلك لا يمكنه توقيع الطلبات: لا يمكن استخدام هذا الرمز المميز منه إلى أن يُسجَّل مرة أخرى بمفتاح.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/summary_box.py" line="79"/>
        <source>Your own token is bound to devices: bind this one to some of yours, or the server will refuse it.</source>
        <translation>الرمز المميز الخاص بك مرتبط بأجهزة: اربط هذا الرمز ببعض أجهزتك، وإلا فسيرفضه الخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="98"/>
        <source>disabled</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="102"/>
        <source>no device key: cannot sign</source>
        <translation>لا يوجد مفتاح جهاز: لا يمكنه التوقيع</translation>
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
        <translation>جهاز تابع للمؤسسة %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="114"/>
        <source>no longer registered</source>
        <translation>لم يعد مسجلًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="197"/>
        <source>Any device (not bound)</source>
        <translation>أي جهاز (غير مرتبط)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="204"/>
        <source>Loading the organization&apos;s devices…</source>
        <translation>جارٍ تحميل أجهزة المؤسسة…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="206"/>
        <source>Your token may not list devices (devices.list), so the devices are shown as they are and cannot be changed here.</source>
        <translation>لا يُسمح للرمز المميز الخاص بك بسرد الأجهزة (devices.list)، لذلك تُعرض الأجهزة كما هي ولا يمكن تغييرها هنا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="212"/>
        <source>The devices could not be listed: %1 Saving keeps the devices as they are.</source>
        <translation>تعذر سرد الأجهزة: %1 يُبقي الحفظ الأجهزة كما هي.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="217"/>
        <source>Enter the organization ID to pick its devices.</source>
        <translation>أدخل معرف المؤسسة لاختيار أجهزتها.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/device_picker.py" line="219"/>
        <source>No device of organization %1 is registered yet.</source>
        <translation>لم يتم تسجيل أي جهاز للمؤسسة %1 بعد.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="66"/>
        <source>the PC that enrolls</source>
        <translation>الكمبيوتر الذي يتم تسجيله</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/token_dialog/enrollment.py" line="78"/>
        <source>The code works until %1: each PC&apos;s token must expire after that. Pick a later day, or make the code valid for less time.</source>
        <translation>يعمل الرمز حتى %1: يجب أن تنتهي صلاحية الرمز المميز لكل كمبيوتر بعد ذلك. اختر يومًا لاحقًا، أو اجعل مدة صلاحية الرمز أقصر.</translation>
    </message>
</context>
<context>
    <name>TokenModel</name>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="102"/>
        <source>%1 +%2 more</source>
        <extracomment>The &quot;Unused&quot; filter chip&apos;s number of days (DESIGN §11: &quot;Unused 90 days&quot;). Role under which ``data()`` hands out the row&apos;s ``Token`` itself. Each column&apos;s stable name (saved views refer to these; never translated).</extracomment>
        <translation>%1 +%2 أخرى</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="165"/>
        <source>This is the token you are signed in with</source>
        <extracomment>The chips&apos; filter (its ``q`` unused: the search box&apos;s text is ``query``).</extracomment>
        <translation>هذا هو الرمز المميز الذي سجلت الدخول به</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="167"/>
        <source>You</source>
        <extracomment>The badge before the signed-in token&apos;s organization name (keep it short).</extracomment>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="169"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="170"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="172"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="171"/>
        <source>Any address</source>
        <translation>أي عنوان</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="176"/>
        <source>Any</source>
        <comment>devices</comment>
        <extracomment>A token bound to no device, in the Devices column (short, as &quot;All&quot; and &quot;None&quot; are in the list columns: the column is narrow).</extracomment>
        <translation>أي جهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="177"/>
        <source>Any device</source>
        <translation>أي جهاز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="182"/>
        <source>Edit (Enter), Suspend, Delete (Del), Regenerate key (in the context menu)</source>
        <extracomment>What the Action column&apos;s buttons do, for screen readers (the buttons are painted): an active token&apos;s row, then a suspended one&apos;s.</extracomment>
        <translation>تحرير (Enter)، تعليق، حذف (Del)، إعادة إنشاء المفتاح (في قائمة السياق)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="184"/>
        <source>Edit (Enter), Resume, Delete (Del), Regenerate key (in the context menu)</source>
        <translation>تحرير (Enter)، استئناف، حذف (Del)، إعادة إنشاء المفتاح (في قائمة السياق)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="278"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="187"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="277"/>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="188"/>
        <source>Leaked</source>
        <translation>مسرّب</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="190"/>
        <source>Active: the key works (its expiry and lists permitting).</source>
        <translation>نشط: المفتاح يعمل (إذا سمح بذلك تاريخ انتهاء صلاحيته وقوائمه).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="191"/>
        <source>Suspended by an administrator: the key does not work until the token is resumed.</source>
        <translation>معلّق بواسطة مسؤول: لا يعمل المفتاح إلى أن يتم استئناف الرمز المميز.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="193"/>
        <source>Suspended because its key was reported as leaked: regenerate the key before resuming the token.</source>
        <translation>معلّق بسبب الإبلاغ عن تسرّب مفتاحه: أعد إنشاء المفتاح قبل استئناف الرمز المميز.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="197"/>
        <source>No name</source>
        <extracomment>A token made before tokens had names.</extracomment>
        <translation>بدون اسم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="275"/>
        <source>Expiring</source>
        <translation>قريب الانتهاء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="276"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="282"/>
        <source>Unused %n days</source>
        <translation>
            <numerusform>غير مستخدم منذ %n يوم</numerusform>
            <numerusform>غير مستخدم منذ %n يوم</numerusform>
            <numerusform>غير مستخدم منذ %n يومين</numerusform>
            <numerusform>غير مستخدم منذ %n أيام</numerusform>
            <numerusform>غير مستخدم منذ %n يومًا</numerusform>
            <numerusform>غير مستخدم منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="284"/>
        <source>Unrestricted</source>
        <translation>غير مقيّد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="295"/>
        <source>ID</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="296"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="297"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="298"/>
        <source>Organization name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="299"/>
        <source>Organization ID</source>
        <translation>معرف المؤسسة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="300"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="301"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="302"/>
        <source>Allowed endpoints</source>
        <translation>نقاط النهاية المسموح بها</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="303"/>
        <source>Blocked endpoints</source>
        <translation>نقاط النهاية المحظورة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="304"/>
        <source>Allowed IPs</source>
        <translation>عناوين IP المسموح بها</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="305"/>
        <source>Blocked IPs</source>
        <translation>عناوين IP المحظورة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="306"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="307"/>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="308"/>
        <source>Last used</source>
        <translation>آخر استخدام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="309"/>
        <source>Action</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="315"/>
        <source>No tokens match “%1” with the filters %2.</source>
        <translation>لا توجد رموز مميزة تطابق «%1» مع عوامل التصفية %2.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="318"/>
        <source>No tokens match the filters %1.</source>
        <translation>لا توجد رموز مميزة تطابق عوامل التصفية %1.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="320"/>
        <source>No tokens match “%1”.</source>
        <translation>لا توجد رموز مميزة تطابق «%1».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="321"/>
        <source>No tokens yet — click Add token.</source>
        <translation>لا توجد رموز مميزة بعد — انقر فوق «إضافة رمز مميز».</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="328"/>
        <source>Showing %1 of %2 matching tokens</source>
        <translation>عرض %1 من أصل %2 من الرموز المميزة المطابقة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="330"/>
        <source>1 token matches</source>
        <translation>رمز مميز واحد مطابق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="331"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>%n رموز مميزة مطابقة</numerusform>
            <numerusform>%n رمز مميز مطابق</numerusform>
            <numerusform>%n رمزان مميزان مطابقان</numerusform>
            <numerusform>%n رموز مميزة مطابقة</numerusform>
            <numerusform>%n رمزًا مميزًا مطابقًا</numerusform>
            <numerusform>%n رمز مميز مطابق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="333"/>
        <source>Showing %1 of %2 tokens</source>
        <translation>عرض %1 من أصل %2 من الرموز المميزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="335"/>
        <source>1 token</source>
        <translation>رمز مميز واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="336"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n رموز مميزة</numerusform>
            <numerusform>%n رمز مميز</numerusform>
            <numerusform>%n رمزان مميزان</numerusform>
            <numerusform>%n رموز مميزة</numerusform>
            <numerusform>%n رمزًا مميزًا</numerusform>
            <numerusform>%n رمز مميز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="369"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="456"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="372"/>
        <source>Expired %1</source>
        <translation>انتهت صلاحيته في %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="375"/>
        <source>%1 (expires today)</source>
        <translation>%1 (تنتهي صلاحيته اليوم)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="377"/>
        <source>%1 (expires tomorrow)</source>
        <translation>%1 (تنتهي صلاحيته غدًا)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="379"/>
        <source>%1 (expires in %n days)</source>
        <translation>
            <numerusform>%1 (تنتهي صلاحيته خلال %n يوم)</numerusform>
            <numerusform>%1 (تنتهي صلاحيته خلال %n يوم)</numerusform>
            <numerusform>%1 (تنتهي صلاحيته خلال %n يومين)</numerusform>
            <numerusform>%1 (تنتهي صلاحيته خلال %n أيام)</numerusform>
            <numerusform>%1 (تنتهي صلاحيته خلال %n يومًا)</numerusform>
            <numerusform>%1 (تنتهي صلاحيته خلال %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="389"/>
        <source>1 device</source>
        <translation>جهاز واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/grid/tokens.py" line="390"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهاز</numerusform>
            <numerusform>%n جهازان</numerusform>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهازًا</numerusform>
            <numerusform>%n جهاز</numerusform>
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
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="474"/>
        <source>No allowed list: every endpoint not blocked may be called.</source>
        <translation>لا توجد قائمة مسموح بها: يمكن استدعاء كل نقطة نهاية غير محظورة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="477"/>
        <source>No allowed list: every address not blocked may use this token.</source>
        <translation>لا توجد قائمة مسموح بها: يمكن لكل عنوان غير محظور استخدام هذا الرمز المميز.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="479"/>
        <source>Nothing is blocked.</source>
        <translation>لا يوجد شيء محظور.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="483"/>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="511"/>
        <source>… and %1 more</source>
        <translation>… و%1 أخرى</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="498"/>
        <source>Only the start of the key is kept; the whole key was shown once.</source>
        <translation>يتم الاحتفاظ ببداية المفتاح فقط؛ تم عرض المفتاح بالكامل مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="507"/>
        <source>Not bound: the token works from any device (its IP lists permitting).</source>
        <translation>غير مرتبط: يعمل الرمز المميز من أي جهاز (إذا سمحت بذلك قوائم IP الخاصة به).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/grid/tokens.py" line="508"/>
        <source>Works only in requests signed by these devices:</source>
        <translation>يعمل فقط في الطلبات الموقعة من هذه الأجهزة:</translation>
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
        <translation>رموز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>&amp;Add token</source>
        <translation>إ&amp;ضافة رمز مميز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="391"/>
        <source>Add an API token (Ctrl+N)</source>
        <translation>إضافة رمز API ‏(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="392"/>
        <source>Create e&amp;nrollment code…</source>
        <translation>إ&amp;نشاء رمز تسجيل…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="393"/>
        <source>A code PCs enroll with: each gets its own token, bound to that PC</source>
        <translation>رمز تُسجَّل به أجهزة الكمبيوتر: يحصل كل منها على رمز مميز خاص به، مرتبط بذلك الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>&amp;Edit…</source>
        <translation>تح&amp;رير…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="394"/>
        <source>Edit the selected token (Enter)</source>
        <translation>تحرير الرمز المميز المحدد (Enter)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="395"/>
        <source>&amp;Regenerate key…</source>
        <translation>إعادة إن&amp;شاء المفتاح…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="396"/>
        <source>Issue a new key for the selected token</source>
        <translation>إصدار مفتاح جديد للرمز المميز المحدد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="397"/>
        <source>Sus&amp;pend…</source>
        <translation>تع&amp;ليق…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="398"/>
        <source>Switch the selected token off without deleting it</source>
        <translation>إيقاف الرمز المميز المحدد بدون حذفه</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="399"/>
        <source>Res&amp;ume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="400"/>
        <source>Switch the selected suspended token on again</source>
        <translation>إعادة تفعيل الرمز المميز المعلّق المحدد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="401"/>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Load the list again (F5)</source>
        <translation>إعادة تحميل القائمة (F5)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="406"/>
        <source>Refre&amp;sh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="407"/>
        <source>Exp&amp;ort to CSV…</source>
        <translation>ت&amp;صدير إلى CSV…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="408"/>
        <source>Save every token the filters and the search match to a CSV file</source>
        <translation>حفظ كل الرموز المميزة التي تطابق عوامل التصفية والبحث في ملف CSV</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="417"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="421"/>
        <source>Show only:</source>
        <translation>عرض فقط:</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="423"/>
        <source>E&amp;xpiring</source>
        <translation>قريب الانت&amp;هاء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="424"/>
        <source>Tokens that expire soon (within the policy&apos;s warning period)</source>
        <translation>الرموز المميزة التي تنتهي صلاحيتها قريبًا (خلال فترة التنبيه في سياسة الرموز المميزة)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Exp&amp;ired</source>
        <translation>منتهي &amp;الصلاحية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="425"/>
        <source>Tokens whose expiry has passed</source>
        <translation>الرموز المميزة التي انتهت صلاحيتها</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="426"/>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="427"/>
        <source>Tokens switched off by an administrator or as leaked</source>
        <translation>الرموز المميزة التي أوقفها مسؤول أو أُوقفت لأنها مسرّبة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="428"/>
        <source>Unused &amp;90 days</source>
        <translation>غير مستخدم منذ 90 ي&amp;ومًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="429"/>
        <source>Tokens never used, or not used for 90 days</source>
        <translation>الرموز المميزة التي لم تُستخدم قط، أو لم تُستخدم منذ 90 يومًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="430"/>
        <source>Unrestri&amp;cted</source>
        <translation>&amp;غير مقيّد</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="431"/>
        <source>Tokens that may call every endpoint from every address</source>
        <translation>الرموز المميزة التي يمكنها استدعاء كل نقاط النهاية من كل العناوين</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="437"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="438"/>
        <source>Search organization, ID or key…</source>
        <translation>البحث في المؤسسة أو المعرف أو المفتاح…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="439"/>
        <source>Search organization, ID or key (Ctrl+F)</source>
        <translation>البحث في المؤسسة أو المعرف أو المفتاح (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="440"/>
        <source>Search tokens</source>
        <translation>البحث في الرموز المميزة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="443"/>
        <source>Edit this token (Enter)</source>
        <translation>تحرير هذا الرمز المميز (Enter)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="444"/>
        <source>Suspend</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="445"/>
        <source>Switch this token off without deleting it</source>
        <translation>إيقاف هذا الرمز المميز بدون حذفه</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="446"/>
        <source>Switch this token on again</source>
        <translation>إعادة تفعيل هذا الرمز المميز</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="447"/>
        <source>Delete this token (Del)</source>
        <translation>حذف هذا الرمز المميز (Del)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="448"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="898"/>
        <source>The token you are signed in with is selected too: it is left out. Select it alone to change it.</source>
        <translation>الرمز المميز الذي سجلت الدخول به محدد أيضًا: تم استبعاده. حدده وحده لتغييره.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="908"/>
        <source>Suspend API tokens</source>
        <translation>تعليق رموز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="909"/>
        <source>Programs that use their keys stop working until the tokens are resumed. Their settings and history are kept.</source>
        <translation>ستتوقف البرامج التي تستخدم مفاتيحها عن العمل إلى أن يتم استئناف الرموز المميزة. يتم الاحتفاظ بإعداداتها وسجلها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="911"/>
        <source>Suspend %n API tokens?</source>
        <translation>
            <numerusform>هل تريد تعليق %n رمز API؟</numerusform>
            <numerusform>هل تريد تعليق %n رمز API؟</numerusform>
            <numerusform>هل تريد تعليق %n رمزي API؟</numerusform>
            <numerusform>هل تريد تعليق %n رموز API؟</numerusform>
            <numerusform>هل تريد تعليق %n رمز API؟</numerusform>
            <numerusform>هل تريد تعليق %n رمز API؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="924"/>
        <source>Resume API tokens</source>
        <translation>استئناف رموز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="925"/>
        <source>Programs that use their keys work again.</source>
        <translation>ستعمل البرامج التي تستخدم مفاتيحها مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="928"/>
        <source>Resume %n API tokens?</source>
        <translation>
            <numerusform>هل تريد استئناف %n رمز API؟</numerusform>
            <numerusform>هل تريد استئناف %n رمز API؟</numerusform>
            <numerusform>هل تريد استئناف %n رمزي API؟</numerusform>
            <numerusform>هل تريد استئناف %n رموز API؟</numerusform>
            <numerusform>هل تريد استئناف %n رمز API؟</numerusform>
            <numerusform>هل تريد استئناف %n رمز API؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="934"/>
        <source>%n of them were reported as leaked: whoever has a leaked key can use it again.</source>
        <translation>
            <numerusform>أُبلغ عن تسرّب مفاتيح %n منها: يمكن لأي شخص يملك مفتاحًا مسرّبًا استخدامه مرة أخرى.</numerusform>
            <numerusform>أُبلغ عن تسرّب مفتاح %n منها: يمكن لأي شخص يملك مفتاحًا مسرّبًا استخدامه مرة أخرى.</numerusform>
            <numerusform>أُبلغ عن تسرّب مفاتيح %n منها: يمكن لأي شخص يملك مفتاحًا مسرّبًا استخدامه مرة أخرى.</numerusform>
            <numerusform>أُبلغ عن تسرّب مفاتيح %n منها: يمكن لأي شخص يملك مفتاحًا مسرّبًا استخدامه مرة أخرى.</numerusform>
            <numerusform>أُبلغ عن تسرّب مفاتيح %n منها: يمكن لأي شخص يملك مفتاحًا مسرّبًا استخدامه مرة أخرى.</numerusform>
            <numerusform>أُبلغ عن تسرّب مفاتيح %n منها: يمكن لأي شخص يملك مفتاحًا مسرّبًا استخدامه مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="944"/>
        <source>Delete API tokens</source>
        <translation>حذف رموز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="945"/>
        <source>Programs that use their keys stop working at once. This cannot be undone.</source>
        <translation>ستتوقف البرامج التي تستخدم مفاتيحها عن العمل فورًا. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="947"/>
        <source>Delete %n API tokens?</source>
        <translation>
            <numerusform>هل تريد حذف %n رمز API؟</numerusform>
            <numerusform>هل تريد حذف %n رمز API؟</numerusform>
            <numerusform>هل تريد حذف %n رمزي API؟</numerusform>
            <numerusform>هل تريد حذف %n رموز API؟</numerusform>
            <numerusform>هل تريد حذف %n رمز API؟</numerusform>
            <numerusform>هل تريد حذف %n رمز API؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="959"/>
        <source>There is nothing to change in the selection.</source>
        <translation>لا يوجد ما يمكن تغييره في التحديد.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="974"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1108"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="984"/>
        <source>%1 of %2 API tokens done…</source>
        <translation>تمت معالجة %1 من أصل %2 من رموز API…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1006"/>
        <source>The token you are signed in with was left out.</source>
        <translation>تم استبعاد الرمز المميز الذي سجلت الدخول به.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1012"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1028"/>
        <source>ID %1, %2 (key %3…)</source>
        <translation>المعرف %1، %2 (المفتاح %3…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1032"/>
        <source>%n API tokens changed.</source>
        <translation>
            <numerusform>تم تغيير %n رمز API.</numerusform>
            <numerusform>تم تغيير %n رمز API.</numerusform>
            <numerusform>تم تغيير %n رمزي API.</numerusform>
            <numerusform>تم تغيير %n رموز API.</numerusform>
            <numerusform>تم تغيير %n رمز API.</numerusform>
            <numerusform>تم تغيير %n رمز API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1035"/>
        <source>%n API tokens could not be changed:</source>
        <translation>
            <numerusform>تعذر تغيير %n رمز API:</numerusform>
            <numerusform>تعذر تغيير %n رمز API:</numerusform>
            <numerusform>تعذر تغيير %n رمزي API:</numerusform>
            <numerusform>تعذر تغيير %n رموز API:</numerusform>
            <numerusform>تعذر تغيير %n رمز API:</numerusform>
            <numerusform>تعذر تغيير %n رمز API:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1038"/>
        <source>%n API tokens were left as they are:</source>
        <translation>
            <numerusform>تم ترك %n رمز API كما هي:</numerusform>
            <numerusform>تم ترك %n رمز API كما هو:</numerusform>
            <numerusform>تم ترك %n رمزي API كما هما:</numerusform>
            <numerusform>تم ترك %n رموز API كما هي:</numerusform>
            <numerusform>تم ترك %n رمز API كما هي:</numerusform>
            <numerusform>تم ترك %n رمز API كما هي:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1041"/>
        <source>Cancelled: %n API tokens were not changed.</source>
        <translation>
            <numerusform>تم الإلغاء: لم يتم تغيير %n رمز API.</numerusform>
            <numerusform>تم الإلغاء: لم يتم تغيير %n رمز API.</numerusform>
            <numerusform>تم الإلغاء: لم يتم تغيير %n رمزي API.</numerusform>
            <numerusform>تم الإلغاء: لم يتم تغيير %n رموز API.</numerusform>
            <numerusform>تم الإلغاء: لم يتم تغيير %n رمز API.</numerusform>
            <numerusform>تم الإلغاء: لم يتم تغيير %n رمز API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1044"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1057"/>
        <source>Extend expiry</source>
        <translation>تمديد انتهاء الصلاحية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1058"/>
        <source>Extend the expiry of %n API tokens?</source>
        <translation>
            <numerusform>هل تريد تمديد انتهاء صلاحية %n رمز API؟</numerusform>
            <numerusform>هل تريد تمديد انتهاء صلاحية %n رمز API؟</numerusform>
            <numerusform>هل تريد تمديد انتهاء صلاحية %n رمزي API؟</numerusform>
            <numerusform>هل تريد تمديد انتهاء صلاحية %n رموز API؟</numerusform>
            <numerusform>هل تريد تمديد انتهاء صلاحية %n رمز API؟</numerusform>
            <numerusform>هل تريد تمديد انتهاء صلاحية %n رمز API؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1060"/>
        <source>Each token&apos;s expiry moves on from its current expiry (from today if it has passed). Tokens that never expire are left as they are.</source>
        <translation>يُمدَّد انتهاء صلاحية كل رمز مميز بدءًا من تاريخ انتهاء صلاحيته الحالي (أو من اليوم إذا كان قد مضى). تُترك الرموز المميزة التي لا تنتهي صلاحيتها أبدًا كما هي.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1071"/>
        <source>it never expires</source>
        <translation>لا تنتهي صلاحيته أبدًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1073"/>
        <source>it already expires later</source>
        <translation>تنتهي صلاحيته في تاريخ لاحق أصلًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1094"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1106"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1129"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1142"/>
        <source>Export API tokens</source>
        <translation>تصدير رموز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1095"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1118"/>
        <source>Reading API tokens…</source>
        <translation>جارٍ قراءة رموز API…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1119"/>
        <source>Read %1 of %2 API tokens…</source>
        <translation>تمت قراءة %1 من أصل %2 من رموز API…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1134"/>
        <source>Exported %n API tokens to the file below.</source>
        <translation>
            <numerusform>تم تصدير %n رمز API إلى الملف أدناه.</numerusform>
            <numerusform>تم تصدير %n رمز API إلى الملف أدناه.</numerusform>
            <numerusform>تم تصدير %n رمزي API إلى الملف أدناه.</numerusform>
            <numerusform>تم تصدير %n رموز API إلى الملف أدناه.</numerusform>
            <numerusform>تم تصدير %n رمز API إلى الملف أدناه.</numerusform>
            <numerusform>تم تصدير %n رمز API إلى الملف أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="1137"/>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="626"/>
        <source>Search API tokens</source>
        <translation>البحث في رموز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="627"/>
        <source>The search holds a whole API key. Searching by it would send the secret key to the server, which may keep it in its logs.</source>
        <translation>يحتوي البحث على مفتاح API كامل. سيؤدي البحث باستخدامه إلى إرسال المفتاح السري إلى الخادم، الذي قد يحتفظ به في سجلاته.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="629"/>
        <source>Search by the key&apos;s first 12 characters, %1, instead?</source>
        <translation>هل تريد البحث باستخدام أول 12 حرفًا من المفتاح، %1، بدلًا من ذلك؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="780"/>
        <source>Suspend the API token of %1 (key %2…)?</source>
        <translation>هل تريد تعليق رمز API الخاص بـ %1 (المفتاح %2…)؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="784"/>
        <source>Suspend API token</source>
        <translation>تعليق رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="785"/>
        <source>Programs that use this key stop working until the token is resumed. Its settings and history are kept.</source>
        <translation>ستتوقف البرامج التي تستخدم هذا المفتاح عن العمل إلى أن يتم استئناف الرمز المميز. يتم الاحتفاظ بإعداداته وسجله.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="798"/>
        <source>Suspend your own API token</source>
        <translation>تعليق رمز API الخاص بك</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="799"/>
        <source>You are signed in with this token. If you suspend it, profile “%1” stops working, and you cannot resume it from here: another administrator has to.</source>
        <translation>لقد سجلت الدخول باستخدام هذا الرمز المميز. إذا علّقته، فسيتوقف ملف التعريف «%1» عن العمل، ولن تتمكن من استئنافه من هنا: يجب أن يستأنفه مسؤول آخر.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="802"/>
        <source>Suspend the token you are signed in with?</source>
        <translation>هل تريد تعليق الرمز المميز الذي سجلت الدخول به؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="815"/>
        <source>Resume API token</source>
        <translation>استئناف رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="818"/>
        <source>Whoever has the leaked key can use it again. Regenerate the key to make it useless.</source>
        <translation>يمكن لأي شخص يملك المفتاح المسرّب استخدامه مرة أخرى. أعد إنشاء المفتاح لإبطال فائدته.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="843"/>
        <source>Delete the API token of %1 (key %2…)?</source>
        <translation>هل تريد حذف رمز API الخاص بـ %1 (المفتاح %2…)؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="783"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="846"/>
        <source>This is the token you are signed in with.</source>
        <translation>هذا هو الرمز المميز الذي سجلت الدخول به.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="402"/>
        <source>Delete the selected tokens (Del)</source>
        <translation>حذف الرموز المميزة المحددة (Del)</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="404"/>
        <source>Extend expir&amp;y…</source>
        <translation>تمد&amp;يد انتهاء الصلاحية…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="405"/>
        <source>Move the expiry of the selected tokens later</source>
        <translation>تأجيل انتهاء صلاحية الرموز المميزة المحددة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="449"/>
        <source>More actions: Regenerate key…, Extend expiry…</source>
        <translation>إجراءات أخرى: إعادة إنشاء المفتاح…، تمديد انتهاء الصلاحية…</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="816"/>
        <source>The key %2… of %1 was reported as leaked. Resume the token anyway?</source>
        <translation>تم الإبلاغ عن تسرّب المفتاح %2… الخاص بـ %1. هل تريد استئناف الرمز المميز على أي حال؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="847"/>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>Delete API token</source>
        <translation>حذف رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="848"/>
        <source>Programs that use this key stop working at once. This cannot be undone.</source>
        <translation>ستتوقف البرامج التي تستخدم هذا المفتاح عن العمل فورًا. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="863"/>
        <source>Delete your own API token</source>
        <translation>حذف رمز API الخاص بك</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="864"/>
        <source>You are signed in with this token. If you delete it, you will be signed out: profile “%1” stops working until it gets a new API token.</source>
        <translation>لقد سجلت الدخول باستخدام هذا الرمز المميز. إذا حذفته، فسيتم تسجيل خروجك: سيتوقف ملف التعريف «%1» عن العمل إلى أن يحصل على رمز API جديد.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="867"/>
        <source>Delete the token you are signed in with?</source>
        <translation>هل تريد حذف الرمز المميز الذي سجلت الدخول به؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/tokens_page.py" line="873"/>
        <source>API Token is Deleted</source>
        <translation>تم حذف رمز API</translation>
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
        <translation>يستمر Compliance Client في العمل في منطقة الإعلامات. لإنهائه، اختر «إنهاء» من قائمة أيقونته.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="179"/>
        <source>&amp;Open Compliance Client</source>
        <translation>&amp;فتح Compliance Client</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
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
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يوم.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يوم.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يومين.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n أيام.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يومًا.</numerusform>
            <numerusform>تنتهي صلاحية رمز API الخاص بك خلال %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="218"/>
        <source>Device ID disabled</source>
        <translation>معرف الجهاز معطل</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="219"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>معرف الجهاز لهذا الكمبيوتر معطل على الخادم. يمكن للمسؤول تمكينه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="222"/>
        <source>API token suspended</source>
        <translation>تم تعليق رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="223"/>
        <source>Your API token is suspended. Ask your administrator to resume it.</source>
        <translation>تم تعليق رمز API الخاص بك. اطلب من المسؤول استئنافه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="240"/>
        <source>API token expires soon</source>
        <translation>تنتهي صلاحية رمز API قريبًا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="241"/>
        <source>Ask your administrator to extend it.</source>
        <translation>اطلب من المسؤول تمديده.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="254"/>
        <source>API token expired</source>
        <translation>انتهت صلاحية رمز API</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/tray.py" line="255"/>
        <source>Your API token has expired. Ask your administrator to extend it or to issue a new one.</source>
        <translation>انتهت صلاحية رمز API الخاص بك. اطلب من المسؤول تمديده أو إصدار رمز جديد.</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="126"/>
        <source>%1: %2 allowed, %3 denied</source>
        <extracomment>A day label under every 7th bar, the newest day always labelled. How many ticks the y-axis aims for (the round step decides the exact number).</extracomment>
        <translation>%1: مسموح بها %2، مرفوضة %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="134"/>
        <source>Last %Ln days: %1 allowed, %2 denied</source>
        <translation>
            <numerusform>آخر %Ln يوم: مسموح بها %1، مرفوضة %2</numerusform>
            <numerusform>آخر %Ln يوم: مسموح بها %1، مرفوضة %2</numerusform>
            <numerusform>آخر %Ln يومين: مسموح بها %1، مرفوضة %2</numerusform>
            <numerusform>آخر %Ln أيام: مسموح بها %1، مرفوضة %2</numerusform>
            <numerusform>آخر %Ln يومًا: مسموح بها %1، مرفوضة %2</numerusform>
            <numerusform>آخر %Ln يوم: مسموح بها %1، مرفوضة %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/usage_chart.py" line="139"/>
        <source>%1; busiest day %2 (%Ln requests)</source>
        <translation>
            <numerusform>%1؛ أكثر الأيام نشاطًا %2 (%Ln طلب)</numerusform>
            <numerusform>%1؛ أكثر الأيام نشاطًا %2 (%Ln طلب)</numerusform>
            <numerusform>%1؛ أكثر الأيام نشاطًا %2 (%Ln طلبان)</numerusform>
            <numerusform>%1؛ أكثر الأيام نشاطًا %2 (%Ln طلبات)</numerusform>
            <numerusform>%1؛ أكثر الأيام نشاطًا %2 (%Ln طلبًا)</numerusform>
            <numerusform>%1؛ أكثر الأيام نشاطًا %2 (%Ln طلب)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="144"/>
        <source>Requests per day</source>
        <translation>الطلبات في اليوم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="280"/>
        <source>Allowed</source>
        <translation>مسموح بها</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/usage_chart.py" line="281"/>
        <source>Denied</source>
        <translation>مرفوضة</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="192"/>
        <source>Choose a token to see how it was used.</source>
        <extracomment>The window the panel shows (the contract&apos;s default).</extracomment>
        <translation>اختر رمزًا مميزًا لمعرفة كيفية استخدامه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="194"/>
        <source>Your API token may not read how tokens are used.</source>
        <translation>لا يمكن لرمز API الخاص بك قراءة بيانات استخدام الرموز المميزة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="196"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="200"/>
        <source>Not used in the last %n days.</source>
        <translation>
            <numerusform>لم يُستخدم في آخر %n يوم.</numerusform>
            <numerusform>لم يُستخدم في آخر %n يوم.</numerusform>
            <numerusform>لم يُستخدم في آخر %n يومين.</numerusform>
            <numerusform>لم يُستخدم في آخر %n أيام.</numerusform>
            <numerusform>لم يُستخدم في آخر %n يومًا.</numerusform>
            <numerusform>لم يُستخدم في آخر %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="206"/>
        <source>Usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="208"/>
        <source>Usage of %1 (token %2)</source>
        <translation>استخدام %1 (الرمز المميز %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="215"/>
        <source>Last %n days: %1 allowed, %2 denied.</source>
        <translation>
            <numerusform>آخر %n يوم: مسموح بها %1، مرفوضة %2.</numerusform>
            <numerusform>آخر %n يوم: مسموح بها %1، مرفوضة %2.</numerusform>
            <numerusform>آخر %n يومين: مسموح بها %1، مرفوضة %2.</numerusform>
            <numerusform>آخر %n أيام: مسموح بها %1، مرفوضة %2.</numerusform>
            <numerusform>آخر %n يومًا: مسموح بها %1، مرفوضة %2.</numerusform>
            <numerusform>آخر %n يوم: مسموح بها %1، مرفوضة %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="258"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="261"/>
        <source>Last addresses</source>
        <translation>آخر العناوين</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="260"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="262"/>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="264"/>
        <source>Endpoints called</source>
        <translation>نقاط النهاية المستدعاة</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="263"/>
        <source>Endpoint</source>
        <translation>نقطة النهاية</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="265"/>
        <source>Counts may lag behind by up to 10 seconds.</source>
        <translation>قد تتأخر الأعداد حتى 10 ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/pages/usage_panel.py" line="266"/>
        <source>Loading usage</source>
        <translation>جارٍ تحميل بيانات الاستخدام</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="14"/>
        <source>The server does not know this API token. It may have been deleted or regenerated; ask your administrator for a new one.</source>
        <translation>لا يعرف الخادم رمز API هذا. ربما تم حذفه أو إعادة إنشائه؛ اطلب رمزًا جديدًا من المسؤول.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="19"/>
        <source>This token expired on {expires_at}. Ask your administrator to extend it or issue a new one.</source>
        <translation>انتهت صلاحية هذا الرمز المميز في {expires_at}. اطلب من المسؤول تمديده أو إصدار رمز جديد.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="24"/>
        <source>This API token is suspended: an administrator switched it off, or its key was reported as leaked. Ask your administrator to resume it or to issue a new one.</source>
        <translation>رمز API هذا معلّق: أوقفه أحد المسؤولين، أو تم الإبلاغ عن تسرّب مفتاحه. اطلب من المسؤول استئنافه أو إصدار رمز جديد.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="29"/>
        <source>This token is blocked for your address {address}.</source>
        <translation>هذا الرمز المميز محظور لعنوانك {address}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="30"/>
        <source>This token may not be used from your address {address}.</source>
        <translation>لا يمكن استخدام هذا الرمز المميز من عنوانك {address}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="33"/>
        <source>This token is blocked from {endpoint}.</source>
        <translation>هذا الرمز المميز محظور من {endpoint}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="34"/>
        <source>This token is not allowed to use {endpoint}.</source>
        <translation>غير مسموح لهذا الرمز المميز باستخدام {endpoint}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="37"/>
        <source>A token may not reach further than your own: {detail}</source>
        <translation>لا يمكن أن يتجاوز نطاق الرمز المميز نطاق الرمز المميز الخاص بك: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="40"/>
        <source>It no longer exists on the server; someone may have deleted it.</source>
        <translation>لم يعد موجودًا على الخادم؛ ربما قام شخص ما بحذفه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="43"/>
        <source>This token was changed by someone else.</source>
        <translation>تم تغيير هذا الرمز المميز بواسطة شخص آخر.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="44"/>
        <source>The server refused a change without a version check.</source>
        <translation>رفض الخادم تغييرًا بدون التحقق من الإصدار.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="47"/>
        <source>The server refused some fields: {detail}</source>
        <translation>رفض الخادم بعض الحقول: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="48"/>
        <source>The token policy forbids this: {detail}</source>
        <translation>تمنع سياسة الرموز المميزة هذا الإجراء: {detail}</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="51"/>
        <source>This is the last administrator token: deleting or restricting it would leave nobody able to manage tokens. Create another administrator token first.</source>
        <translation>هذا هو آخر رمز مميز للمسؤول: سيؤدي حذفه أو تقييده إلى عدم تمكن أي شخص من إدارة الرموز المميزة. أنشئ رمزًا مميزًا آخر للمسؤول أولًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="56"/>
        <source>This PC&apos;s device ID is disabled on the server. An administrator can enable it.</source>
        <translation>معرف الجهاز لهذا الكمبيوتر معطل على الخادم. يمكن للمسؤول تمكينه.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="60"/>
        <source>This API token is bound to other devices and cannot be used on this PC. Ask your administrator for a token for this PC.</source>
        <translation>رمز API هذا مرتبط بأجهزة أخرى ولا يمكن استخدامه على هذا الكمبيوتر. اطلب من المسؤول رمزًا مميزًا لهذا الكمبيوتر.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="65"/>
        <source>The server did not accept this PC&apos;s device proof. Check that this PC&apos;s date and time are right, then try again.</source>
        <translation>لم يقبل الخادم إثبات الجهاز الخاص بهذا الكمبيوتر. تحقق من صحة التاريخ والوقت على هذا الكمبيوتر، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="70"/>
        <source>This API token is bound to devices, and this PC&apos;s keyring holds no device key to prove which device it is. Register this PC on the This device page, or ask your administrator.</source>
        <translation>رمز API هذا مرتبط بأجهزة، ولا تحتوي سلسلة المفاتيح في هذا الكمبيوتر على مفتاح جهاز يُثبت هوية الجهاز. سجّل هذا الكمبيوتر في صفحة «هذا الجهاز»، أو اسأل المسؤول.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="76"/>
        <source>The server knows this PC&apos;s device ID with another device key: the key in this PC&apos;s keyring is missing or different. An administrator can delete this device ID on the server so that this PC can register again.</source>
        <translation>يعرف الخادم معرف الجهاز لهذا الكمبيوتر بمفتاح جهاز آخر: المفتاح الموجود في سلسلة المفاتيح في هذا الكمبيوتر مفقود أو مختلف. يمكن للمسؤول حذف معرف الجهاز هذا على الخادم حتى يتمكن هذا الكمبيوتر من التسجيل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="82"/>
        <source>A token is bound to this device, so it cannot be deleted. Unbind it from those tokens first.</source>
        <translation>يوجد رمز مميز مرتبط بهذا الجهاز، لذلك لا يمكن حذفه. ألغِ ربطه بتلك الرموز المميزة أولًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="87"/>
        <source>The server does not accept this enrollment code: it is unknown, used up or expired. Ask your administrator for a new one.</source>
        <translation>لا يقبل الخادم رمز التسجيل هذا: فهو غير معروف أو مستنفد أو منتهي الصلاحية. اطلب من المسؤول رمزًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="92"/>
        <source>The request is too large for the server at {url}. Send fewer entries at once.</source>
        <translation>الطلب كبير جدًا بالنسبة إلى الخادم على {url}. أرسل عددًا أقل من الإدخالات في المرة الواحدة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="96"/>
        <source>The search holds a whole API key, so it was not sent to the server. Search by the key&apos;s first 12 characters, {prefix}, instead.</source>
        <translation>يحتوي البحث على مفتاح API كامل، لذلك لم يتم إرساله إلى الخادم. ابحث باستخدام أول 12 حرفًا من المفتاح، {prefix}، بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="101"/>
        <source>Too many failed sign-ins from your address. Try again in {retry_after} seconds.</source>
        <translation>محاولات تسجيل دخول فاشلة كثيرة جدًا من عنوانك. أعد المحاولة بعد {retry_after} ثانية.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="105"/>
        <source>The server at {url} is temporarily unavailable. Try again in a minute.</source>
        <translation>الخادم على {url} غير متوفر مؤقتًا. أعد المحاولة بعد دقيقة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="108"/>
        <source>The server at {url} had an internal error. Try again; if it persists, tell the server&apos;s administrator.</source>
        <translation>حدث خطأ داخلي في الخادم على {url}. أعد المحاولة؛ وإذا استمرت المشكلة، فأبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="113"/>
        <source>The server at {url} refused the connection. Is the URL right and the server running?</source>
        <translation>رفض الخادم على {url} الاتصال. هل عنوان URL صحيح والخادم قيد التشغيل؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="117"/>
        <source>The server at {url} did not answer in time. Check your network and try again.</source>
        <translation>لم يستجب الخادم على {url} في الوقت المناسب. تحقق من الشبكة وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="121"/>
        <source>The server at {url} presented a certificate this PC does not trust. Check the URL, or set the organization&apos;s CA bundle in the profile.</source>
        <translation>قدّم الخادم على {url} شهادة لا يثق بها هذا الكمبيوتر. تحقق من عنوان URL، أو قم بتعيين حزمة شهادات CA الخاصة بالمؤسسة في ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="127"/>
        <source>The server at {url} answered with something that is not a Compliance token server. Is the URL right?</source>
        <translation>استجاب الخادم على {url} بشيء ليس خادم رموز Compliance. هل عنوان URL صحيح؟</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="132"/>
        <source>The server at {url} answered unexpectedly ({detail}).</source>
        <translation>استجاب الخادم على {url} بشكل غير متوقع ({detail}).</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="135"/>
        <source>Plain http:// is only allowed for this computer&apos;s own addresses. Use https:// for {url}.</source>
        <translation>لا يُسمح باستخدام http://‎ العادي إلا لعناوين هذا الكمبيوتر نفسه. استخدم https://‎ لـ {url}.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="139"/>
        <source>The server URL is not valid. Enter it like https://compliance.example.com.</source>
        <translation>عنوان URL للخادم غير صالح. أدخله على النحو التالي: https://compliance.example.com.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="142"/>
        <source>The server at {url} redirected to an address the API token must not be sent to. Check the server URL.</source>
        <translation>أعاد الخادم على {url} التوجيه إلى عنوان يجب عدم إرسال رمز API إليه. تحقق من عنوان URL للخادم.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="147"/>
        <source>No secure keyring is available on this PC, so the API token could not be kept safely. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>لا تتوفر سلسلة مفاتيح آمنة على هذا الكمبيوتر، لذلك تعذر الاحتفاظ برمز API بشكل آمن. قم بتثبيت سلسلة مفاتيح النظام أو إلغاء قفلها (إدارة بيانات الاعتماد في Windows أو GNOME Keyring أو KWallet)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="154"/>
        <source>No secure keyring is available on this PC, so its device key could not be kept. Install or unlock your system&apos;s keyring (Windows Credential Manager, GNOME Keyring, KWallet), then try again.</source>
        <translation>لا تتوفر سلسلة مفاتيح آمنة على هذا الكمبيوتر، لذلك تعذر الاحتفاظ بمفتاح الجهاز الخاص به. قم بتثبيت سلسلة مفاتيح النظام أو إلغاء قفلها (إدارة بيانات الاعتماد في Windows أو GNOME Keyring أو KWallet)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="160"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed, so this PC&apos;s device key could not be used. Unlock the keyring and try again.</source>
        <translation>سلسلة المفاتيح مقفلة، أو تم إغلاق مطالبة إلغاء قفلها، لذلك تعذر استخدام مفتاح الجهاز لهذا الكمبيوتر. ألغِ قفل سلسلة المفاتيح وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="165"/>
        <source>Your keyring is locked, or its unlock prompt was dismissed. Unlock the keyring and try again.</source>
        <translation>سلسلة المفاتيح مقفلة، أو تم إغلاق مطالبة إلغاء قفلها. ألغِ قفل سلسلة المفاتيح وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="170"/>
        <source>This API token is too long for Windows Credential Manager (at most 2,560 bytes). Check that you pasted only the token.</source>
        <translation>رمز API هذا طويل جدًا بالنسبة إلى إدارة بيانات الاعتماد في Windows (بحد أقصى 2,560 بايت). تأكد من أنك لصقت الرمز المميز فقط.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="175"/>
        <source>The system keyring reported an error. Try again; if it persists, restart the keyring service or this PC.</source>
        <translation>أبلغت سلسلة مفاتيح النظام عن خطأ. أعد المحاولة؛ وإذا استمرت المشكلة، فأعد تشغيل خدمة سلسلة المفاتيح أو هذا الكمبيوتر.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="180"/>
        <source>The profile file could not be read, so the app starts without a profile. The old file was kept as {moved_to}. Set up your profile again, or ask your support team to recover it from that file.</source>
        <translation>تعذرت قراءة ملف التعريف، لذلك يبدأ التطبيق بدون ملف تعريف. تم الاحتفاظ بالملف القديم باسم {moved_to}. قم بإعداد ملف التعريف مرة أخرى، أو اطلب من فريق الدعم استرداده من ذلك الملف.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="187"/>
        <source>The profile could not be saved to {path}; the previous profile file is unchanged. Free some disk space or check the folder&apos;s permissions, then save again.</source>
        <translation>تعذر حفظ ملف التعريف في {path}؛ لم يتغير ملف التعريف السابق. قم بتحرير بعض المساحة على القرص أو تحقق من أذونات المجلد، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="193"/>
        <source>This PC&apos;s device ID could not be read or created. Check that the app may write to its data folder.</source>
        <translation>تعذرت قراءة معرف الجهاز لهذا الكمبيوتر أو إنشاؤه. تحقق من أن التطبيق يمكنه الكتابة إلى مجلد البيانات الخاص به.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="198"/>
        <source>No profile is set up yet. Fill in the profile first.</source>
        <translation>لم يتم إعداد أي ملف تعريف بعد. املأ ملف التعريف أولًا.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="201"/>
        <source>This profile has no API token. Enter one in the profile.</source>
        <translation>لا يحتوي ملف التعريف هذا على رمز API. أدخل رمزًا في ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/errors.py" line="218"/>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="124"/>
        <source>&amp;Yes</source>
        <extracomment>What a title bar takes besides its text, in logical pixels: room for a close button on both sides (46 pixels on Windows 10/11; a title centred in the bar, as GNOME draws it, needs the same room on the side without buttons) and for the window icon&apos;s margins. The fonts a title may be drawn in: the platform&apos;s title bar font (Windows: the caption font), the one QMessageBox measures with, and the box&apos;s own; the widest counts.</extracomment>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="125"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location filename="../../compliance_client/ui/messages.py" line="137"/>
        <location filename="../../compliance_client/ui/messages.py" line="144"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
</TS>
