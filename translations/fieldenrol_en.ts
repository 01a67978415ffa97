<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DuplicateDetector</name>
    <message numerus="yes">
        <source>Born within %n year(s) of each other (at least one date is an estimate).</source>
        <translation>
            <numerusform>Born within %n year of each other (at least one date is an estimate).</numerusform>
            <numerusform>Born within %n years of each other (at least one date is an estimate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household member(s) in common.</source>
        <translation>
            <numerusform>%n household member in common.</numerusform>
            <numerusform>%n household members in common.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperatorDirectory</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second before trying again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password can have at most %n characters.</source>
        <translation>
            <numerusform>The password can have at most %n character.</numerusform>
            <numerusform>The password can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n history entries belong to no record.</source>
        <translation>
            <numerusform>%n history entry belongs to no record.</numerusform>
            <numerusform>%n history entries belong to no record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved versions have no matching outbox entry.</source>
        <translation>
            <numerusform>%n saved version has no matching outbox entry.</numerusform>
            <numerusform>%n saved versions have no matching outbox entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries belong to no saved version.</source>
        <translation>
            <numerusform>%n outbox entry belongs to no saved version.</numerusform>
            <numerusform>%n outbox entries belong to no saved version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look-up entries belong to no record.</source>
        <translation>
            <numerusform>%n look-up entry belongs to no record.</numerusform>
            <numerusform>%n look-up entries belong to no record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions of records lost their content.</source>
        <translation>
            <numerusform>%n earlier version of a record lost its content.</numerusform>
            <numerusform>%n earlier versions of records lost their content.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n household members.</source>
        <translation>
            <numerusform>At most %n household member.</numerusform>
            <numerusform>At most %n household members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::ChartsPage</name>
    <message numerus="yes">
        <source>%1: %2 in %n payment(s)</source>
        <translation>
            <numerusform>%1: %2 in %n payment</numerusform>
            <numerusform>%1: %2 in %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) registered on this laptop.</source>
        <translation>
            <numerusform>%n member registered on this laptop.</numerusform>
            <numerusform>%n members registered on this laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::ContributionsPage</name>
    <message numerus="yes">
        <source>The scheme expects %1 for %n month(s).</source>
        <translation>
            <numerusform>The scheme expects %1 for %n month.</numerusform>
            <numerusform>The scheme expects %1 for %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Nothing was saved: %n field needs attention.</numerusform>
            <numerusform>Nothing was saved: %n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::LoginWindow</name>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::MainWindow</name>
    <message numerus="yes">
        <source>Not sent yet: %Ln record(s), saved on this laptop.</source>
        <translation>
            <numerusform>Not sent yet: %Ln record, saved on this laptop.</numerusform>
            <numerusform>Not sent yet: %Ln records, saved on this laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::MembersPage</name>
    <message numerus="yes">
        <source>%Ln member(s) found.</source>
        <translation>
            <numerusform>%Ln member found.</numerusform>
            <numerusform>%Ln members found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln member(s) shown.</source>
        <translation>
            <numerusform>%1 of %Ln member shown.</numerusform>
            <numerusform>%1 of %Ln members shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::OperatorForm</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::RegistrationPage</name>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Nothing was saved: %n field needs attention.</numerusform>
            <numerusform>Nothing was saved: %n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::SyncPage</name>
    <message numerus="yes">
        <source>Sync finished. Still waiting: %n record(s).</source>
        <translation>
            <numerusform>Sync finished. Still waiting: %n record.</numerusform>
            <numerusform>Sync finished. Still waiting: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fe::app::SyncWorker</name>
    <message numerus="yes">
        <source>%n record(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n record will be sent again with the next sync.</numerusform>
            <numerusform>%n records will be sent again with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to the bundle. Take it to the central office and bring back its acknowledgement.</source>
        <translation>
            <numerusform>%n record written to the bundle. Take it to the central office and bring back its acknowledgement.</numerusform>
            <numerusform>%n records written to the bundle. Take it to the central office and bring back its acknowledgement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) did not fit: export another bundle after this one.</source>
        <translation>
            <numerusform>%n more record did not fit: export another bundle after this one.</numerusform>
            <numerusform>%n more records did not fit: export another bundle after this one.</numerusform>
        </translation>
    </message>
</context>
</TS>
