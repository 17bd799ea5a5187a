<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DoseCheck</name>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n days of supply left</source>
        <translation>
            <numerusform>About %n day of supply left</numerusform>
            <numerusform>About %n days of supply left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCount</name>
    <message numerus="yes">
        <source>Exported %n entries (not encrypted).</source>
        <translation>
            <numerusform>Exported %n entry (not encrypted).</numerusform>
            <numerusform>Exported %n entries (not encrypted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records (not encrypted).</source>
        <translation>
            <numerusform>Exported %n record (not encrypted).</numerusform>
            <numerusform>Exported %n records (not encrypted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <source>%n temperatures taken while the journal was locked are now in it.</source>
        <translation>
            <numerusform>%n temperature taken while the journal was locked is now in it.</numerusform>
            <numerusform>%n temperatures taken while the journal was locked are now in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message numerus="yes">
        <source>%n new or changed entries from the other computers:</source>
        <translation>
            <numerusform>%n new or changed entry from the other computers:</numerusform>
            <numerusform>%n new or changed entries from the other computers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageAge</name>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n cycles and their days.</source>
        <translation>
            <numerusform>Moved %n cycle and its days.</numerusform>
            <numerusform>Moved %n cycles and their days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <source>Saved the visit summary (%n page(s)):</source>
        <translation>
            <numerusform>Saved the visit summary (%n page):</numerusform>
            <numerusform>Saved the visit summary (%n pages):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TellWords</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message numerus="yes">
        <source>Saved %n appointment(s) to a calendar file. Like any export, that file is not encrypted.</source>
        <translation>
            <numerusform>Saved %n appointment to a calendar file. Like any export, that file is not encrypted.</numerusform>
            <numerusform>Saved %n appointments to a calendar file. Like any export, that file is not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkthroughWindow</name>
    <message numerus="yes">
        <source>Saved a handout of %n page(s).</source>
        <translation>
            <numerusform>Saved a one-page handout.</numerusform>
            <numerusform>Saved a handout of %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordCount</name>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
</TS>
