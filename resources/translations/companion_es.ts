<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppointmentCard</name>
    <message>
        <source>Questions to ask at this visit; tick each one when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this appointment to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>Edit appointment</source>
        <extracomment>Centre names offered as places; the journal view fills this from the directory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A center, a contact, or type a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Dr. Patel, the nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: scan results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After the visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time does not exist on that day (the clocks jump forward).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Restore and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion keeps a backup each day in its backups folder. Choose one: it is checked before anything is replaced, and the journal will be as it was on the day of that backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <source>I want to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamView</name>
    <message>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team is kept in your private journal. Unlock the journal to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal to see your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers your child&apos;s care team gave you, ready to copy. Mark one as the number to call for a fever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact to your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Add the numbers your care team gave you, such as the after-hours oncology line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the number to call for a fever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact deleted. Undo is next to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CenterDetail</name>
    <message>
        <source>Part of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your child&apos;s doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines are meant for your child&apos;s doctor. You can pass them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs its pages describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What its page says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page dated %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the page as published on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date not shown on the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Questions to ask at the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ticked-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <source>Edit child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: relapsed neuroblastoma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your child&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>The number to call for a fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number could not be read: edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 for a fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>After-hours oncology line</source>
        <extracomment>Offered in the role field, never required; the family can type any role.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oncologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this number for a fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, for example “Oncology nurse line”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number to call for a fever needs a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagePage</name>
    <message>
        <source>The journal file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion found damage in the journal file on this computer and closed it to protect what is there. This can happen after a power cut or a problem with the disk. It is not something you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backups are separate files and are safe: each one is checked before anything is replaced. The damaged file is kept in Companion&apos;s folder; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore it, type your passphrase (or recovery code) and press Restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try opening the journal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in Companion&apos;s backups folder. If you saved one somewhere else (a USB stick, say), choose it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is ready to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is from %1. What was written after that is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceUnlockSection</name>
    <message>
        <source>Unlock automatically on this computer</source>
        <extracomment>The keyring gives up after 3 s a call (turning on makes two); this is the window&apos;s backstop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About unlocking automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether this computer has a safe place for keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion keeps a key in this computer&apos;s keyring, so the journal opens without typing. Anyone who can sign in to this computer as you can then open it. Best on a computer only you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not answer, so this is not offered now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered here: this computer has no secure keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no passphrase, so this is how it opens each day. To turn it off, first add a passphrase above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on: without it, this journal would open only with the recovery code. Add a passphrase above first, then you can turn this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking this computer&apos;s keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: this computer now opens the journal without typing. Anyone who can sign in to this computer as you can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the journal now asks for your passphrase each time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not answer, so nothing was changed and nothing was lost. The journal opens as before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>less than a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page dated %1, %2: please confirm this number before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shows no date: please confirm this number before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centers and care team</source>
        <extracomment>What &quot;today&quot; is when a source&apos;s age is worked out (tests pin it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centers &amp; contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centers are listed because their own pages describe these programs. This is not a ranking or a referral: your child&apos;s own care team is the first call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, programs or places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import updated directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an updated directory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No center in this directory says it offers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No center matches. Try fewer words, or “All programs” and “All places”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a center from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import updated directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the directory updated {date}. It is now in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the directory updated {date}. The built-in directory is newer, so it stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This directory file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the directory you had is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory file problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That directory file was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centers directory could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseForm</name>
    <message>
        <source>Edit dose given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a dose given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the medicine to the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Note</source>
        <extracomment>The detail pane shows this much of each long text at first (a screenful or two); &quot;Show all&quot; shows the rest, so choosing a very long note never stalls the window. Past this length, &quot;Show all&quot; shows the text plainly, without glossary links (finding words in, and laying out, megabytes of rich text would take many seconds). The whole free text when it is too long for rich text (shown plain instead), else &quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Form heading</source>
        <extracomment>Minimum height in pixels of anything a finger or a shaky mouse must hit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves (Ctrl+Enter inside a notes box). Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorSentences</name>
    <message>
        <source>That recovery code did not open the journal. Check each group of letters and numbers, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not open the journal, so please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open the journal. Check that Caps Lock is off, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not answer, so please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Companion. Please update Companion to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file looks damaged, or it is not a Companion backup. Nothing was changed. Please choose another backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file looks damaged. Your backups are safe; you can restore the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be opened safely. Free some space (for example, empty the trash), then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion cannot write to its folder. Check that the disk is not read-only and that the folder belongs to you, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is already open in another Companion window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the journal on this computer stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file was not found. Please choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal in this folder yet, or the backup file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened. Please try again; if it keeps happening, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space, then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written to, so this was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked, so this was not saved. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file looks damaged, so this was not saved. What you typed is still here: copy it somewhere if you need it, then press Cancel to see how to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the values is not possible. Check the form and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space (for example, empty the trash), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion cannot write to its folder, so nothing was changed. Check that the disk is not read-only, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was locked, so nothing was changed. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer there, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work, and nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made because the disk is full. Your journal is open, and what you saved is kept. Free some space; Companion tries again at the next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made because Companion cannot write to its backups folder. Your journal is open, and what you saved is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made: the journal file looks damaged. Your earlier backups are safe; you can restore the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made. Your earlier backups are kept; Companion tries again at the next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the file was not written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion cannot write there. Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was locked, so nothing was exported. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Please try again or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal already has entries. A journal file can only be imported into a new journal, so the two histories do not mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer version of Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Companion journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal file is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Please choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was locked. Everything you saved is kept, but the disk could not be tidied up (it is full or read-only); Companion tries again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was locked. Everything you saved is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so Companion cannot open or save the journal. Free some space (for example, empty the trash), then start Companion again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion cannot write to its folder, so it cannot open or save the journal. Check that the disk is not read-only and that the folder belongs to you, then start Companion again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also start it with another folder: companion --data-dir FOLDER. The glossary and the centers work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made on %1 and holds %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the backup of another journal than the one on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal on this computer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal on this computer was last changed on %1 and holds %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you replace it, the current journal is kept aside in its folder, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Companion</source>
        <extracomment>The log stops growing past this size (it is for a helper reading it, not an archive).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on this screen. What you saved before is kept. If a form was open, check it before you save again. If this keeps happening, restart Companion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>When</source>
        <extracomment>Fields every kind has, written in the fixed columns instead. The field each kind is dated by: it is the When column. Column key -&gt; header (marked for translation, translated with the journal&apos;s ``translate``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes after the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder (minutes before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interference (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a spreadsheet file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a calendar file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole journal to a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit summary as a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file will NOT be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file will NOT be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file will NOT be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can open the file can read everything in it. Keep it somewhere private and delete it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fever</name>
    <message>
        <source>Do not take your child&apos;s temperature in the bottom (rectally) unless your care team says so. When blood counts are low, it can cause bleeding or infection. Use the mouth, under the arm, the ear or the forehead.</source>
        <extracomment>Readings older than this (before ``now``) no longer raise the alert. A plausible body temperature, in °C; thresholds outside it are typing mistakes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeverCard</name>
    <message>
        <source>Call your care team now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your fever contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your care team&apos;s fever contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your child seems very unwell, do not wait: call your emergency number (911 in the United States).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to tell them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what to tell them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the call your care team card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: call your care team now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number is marked “call for fever” yet. Call the number your care team gave you for fevers, then add it here so it is ready next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at or above %2. During cancer treatment that counts as a fever. Ask your care team for their own fever rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at or above %2, the fever rule your care team gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child&apos;s temperature has been %1 or more since %2 (%3). Latest: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at or below %2. A low temperature can also be a sign of infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever medicine given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever medicine given: none noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeverRulesView</name>
    <message>
        <source>Fever rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team tells you when to call them about a temperature. Type their rules here. After each temperature you save, Companion checks these rules and shows a “Call your care team now” card when one is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have not entered your team&apos;s rules, Companion uses: call for one reading of %1 °C (%2 °F) or more. Source: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call at this temperature or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also call when it stays at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower temperature that must not last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also call at this temperature or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low temperature to call about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call at or &amp;above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever rules status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fever rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are your team&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the default rule. Enter your team&apos;s rules if they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. The rules you had before still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New temperatures are checked against these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “stays at or above” temperature must be lower than the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low temperature must be below the fever temperatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers do not look like body temperatures. Check them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeverWatch</name>
    <message>
        <source>Copied.</source>
        <extracomment>The card may shrink to this (and scroll) on small screens; its title stays in view. How many closed alerts are remembered (by reading id) so they do not pop up again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderNotice</name>
    <message>
        <source>Problem with Companion&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryCategory</name>
    <message>
        <source>Where things stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells and genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How treatment is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transplant and cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to day and after treatment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Glossary</source>
        <extracomment>A program name (&quot;MIBG therapy&quot;): show the centers whose pages say they offer it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a word, e.g. relapse or CAR T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of words shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words in this language could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All words, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ My words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary could not be opened. Everything else in Companion works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the walk-through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to My words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from My words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer letters, or pick a word from the list after clearing the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Made on %1</source>
        <extracomment>An English word and its Spanish text (None while a word has no Spanish text yet).
----------
How the handout shortens to fit two pages: (detail of the words, how sources are listed). Sources shorten first (publisher and title, then publishers only), then the words lose their questions, &quot;why it matters&quot;, and the longer explanations, in that order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handout gives information, not medical advice. Ask your care team about your child&apos;s care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source># User guide

The user guide could not be found in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Companion %1&lt;/h2&gt;&lt;p&gt;A calm helper for families whose child has cancer that came back or did not respond to treatment: a glossary of the words you hear, a private journal, and a directory of specialist centers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Companion gives information, not medical advice.&lt;/b&gt; Always follow your child&apos;s care team. &lt;b&gt;In an emergency, call your care team or emergency services (911 in the US, 999 or 112 in the UK) right away.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your journal is encrypted and stays on this computer. Companion never uses the internet.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>by mouth</source>
        <extracomment>A title or detail builder: (record, names, tr) -&gt; text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever: at or above the fever rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever: raised temperature for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low temperature alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-team contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalForms</name>
    <message>
        <source>+ Symptom</source>
        <extracomment>Every kind with a form, quick-add buttons in the order the page shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Dose given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <extracomment>The tabs never shrink below this, however tall the fever card is. One thing Undo can take back: message, the undo itself, and the (kind, id) it restores.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More journal actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointments to a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export entries to a spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole journal (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a journal file (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. First, add your child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries (not encrypted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records (not encrypted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or cancel the open form first, then search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file looks damaged. The Journal section shows how to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Glossary language</source>
        <extracomment>The glossary&apos;s languages as the menu names them, each in its own language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the words are explained in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterBar</name>
    <message>
        <source>Words by first letter</source>
        <extracomment>A clear ring on the letter that has the focus, in the palette&apos;s text colour (light and dark).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words starting with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockChoicePage</name>
    <message>
        <source>Use a passphrase (best on a computer other people use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock automatically on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether this computer has a safe place for keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About unlocking automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up and locking your journal. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should the journal unlock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the two passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few everyday words you can picture, like a short sentence, are easy to remember and hard to guess. At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion keeps a key in this computer&apos;s keyring, so the journal opens without typing. Anyone who can sign in to this computer as you can then open it. Best on a computer only you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered here: this computer has no secure keyring that Companion can use, so please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered here: this computer&apos;s keyring did not answer, so please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess: try a few everyday words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. Another word would make it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal already exists in this folder. Unlock it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not answer, so the journal was not created. Please choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Companion (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centers &amp; contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineForm</name>
    <message>
        <source>Edit medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 1 tablet, 5 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: twice a day, with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When to give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still taking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the medicine&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineRow</name>
    <message>
        <source>only when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stopped medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a dose at another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines on the list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines given today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is too long to save: it has %1 characters, and a note can hold %2. Please split it into two notes. Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open it. Then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Current passphrase</source>
        <extracomment>The keyring gives up after 3 s a call (turning on makes two); this is the window&apos;s backstop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrases as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the two new passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the journal with the new passphrase. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, type the one you use now, then the new one twice. A few everyday words you can picture are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal opens only with this computer&apos;s keyring or the recovery code. A passphrase also opens it when the keyring does not answer, and opens your backups on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is added. The journal now also opens with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on. Backups saved before now still open with the old one, or with your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneButton</name>
    <message>
        <source>Click, or press Enter, to copy this number</source>
        <extracomment>Minimum height in pixels of anything a shaky hand must hit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the number as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this number as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show national format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show international format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>MIBG therapy</source>
        <extracomment>Reading width of the detail pane: long lines are hard to follow when tired.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAR T-cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COG Phase I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone marrow transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequencing / precision medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s Oncology Group Phase I studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Approaches to Neuroblastoma Therapy consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapeutic Advances in Childhood Leukemia consortium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question for the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has answered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Keep in my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word you have heard, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down and Up move through the list, Enter opens a word, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press ☆ to keep a word in My words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ In my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Add to my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you could ask your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centers that say they offer this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This glossary gives information, not medical advice. Ask your care team about your child&apos;s care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed it or saved it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or saved the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check you have it, type the last group of four (bottom right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, or this computer&apos;s keyring stops working, this code opens the journal. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, such as with your child&apos;s medical papers. Anyone who has it can open the journal on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the last group. Look at the bottom right of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick the box once you have printed or saved the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion journal recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens your Companion journal if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere safe. Anyone who has it can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere safe, such as with your child&apos;s medical papers. Anyone who has it can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion recovery code.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf);;Text file (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code you printed or saved when you set up the journal. Capital letters, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreForm</name>
    <message>
        <source>No backup chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion backups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a backup file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase or recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityView</name>
    <message>
        <source>Privacy and backups</source>
        <extracomment>Journal setting: a new recovery code was made and not yet confirmed as kept.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is encrypted on this computer. Here you can save a backup, change how the journal unlocks, and choose when it locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: I kept the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day you open the journal, Companion makes an encrypted backup and keeps the last seven. You can also save a backup anywhere you like, such as on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the journal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion journal backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup of the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion backup (*.companion-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1” in the folder %2. It is encrypted: to open it you need your passphrase or your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space there, so the backup was not saved. Choose another place (a USB stick, for example) or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved there. Please choose another place, such as your Documents folder or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of automatic backups could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept in the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your recovery code is lost, or someone else may have seen it, make a new one. The old code then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new code now? Your old recovery code stops working at once, so have a printer or a USB stick ready for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, make a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last new recovery code was not confirmed as kept. If you did not print or save it, make a new one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code is ready, and the old one no longer works. Backups saved before now still open with the old code or your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal when nobody has used Companion for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (I lock it myself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The journal stays open until you lock it (Ctrl+L) or close Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The journal locks itself after %1 without use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupRestorePage</name>
    <message>
        <source>Restore the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup and restoring your journal. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file you brought from your other computer, for example on a USB stick. Then type the passphrase or the recovery code that opened the journal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked before it is used. Your journal will be as it was on the day of that backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the journal from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is a place for temperatures, medicines, symptoms, appointments and the questions you want to ask. It can make a printable summary for the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on this computer. It is locked with strong encryption, and Companion never sends it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting it up takes about a minute: you choose how it is unlocked, then you keep a recovery code in case you forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept a journal on another computer? Bring it here from a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One printable PDF for the care team: appointments, symptoms with how bad they were, a temperature chart, fever alerts, medicines given and your open questions. It starts from the last appointment unless you choose other dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the visit summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the visit summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the visit summary and print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last appointment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier appointment: the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the visit summary (%n page(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Visit summary: preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomForm</name>
    <message>
        <source>Edit symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New symptom or side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who noticed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who noticed it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the team should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it is from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how bad it was, from None to Very severe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomPicker</name>
    <message>
        <source>Symptom: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throwing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouth sores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sore mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarrhea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loose, watery poo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard or no poo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor appetite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the rash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where? (hands, feet...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruising or bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nose, gums, skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where? (nose, gums, skin...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard to breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scared, nervous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, tearful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion or trouble speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad was it at its worst?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once or twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly all the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not do usual things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much did it get in the way of play, school or sleep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My child told me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I noticed it (caregiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemperatureForm</name>
    <message>
        <source>Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was it taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Source: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never take the temperature in the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (or type what was given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever &amp;medicine given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your child seem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature in degrees %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the temperature as the thermometer shows it, like 37.5 °C or 99.5 °F.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>When</source>
        <extracomment>Rows read at a time, and the most pages held at once (PAGE_SIZE * MAX_PAGES rows). The kinds the timeline&apos;s filter offers, in its order (contacts and children are not events). The most a row (and its tooltip) shows of an entry; laying out more costs time for nothing. Page number -&gt; its entries, least recently used first. Pages read since the last reload, and how many of them were read by offset because no neighbouring page was held (the first page is not counted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Any time</source>
        <extracomment>Date ranges offered, in days back from today (None: any time; -1: choose dates).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen entry in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Temperature (°%1)</source>
        <extracomment>Room on the left for symptom names; the temperature plot starts there too, so days line up. Points per stroke of the temperature line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temperatures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar height: worst rating that day, from 0 (none) to 4 (very severe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symptoms recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 temperature readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fever events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries, worst %3 of 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Last 7 days</source>
        <extracomment>Ranges in days back from today; -1 means &quot;choose dates&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>Oldest first. Only those in the range, newest first. Oldest first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts (arrow keys scroll)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock progress</source>
        <extracomment>How long to wait for the keyring before the passphrase is the only way (the keyring call itself gives up after 3 s; this is the window&apos;s own backstop). The journal file is damaged (not a backup being restored): the error, what was typed and whether it was the recovery code, so the damage screen can restore in one click.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to unlock automatically with this computer&apos;s keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not answer. Use your recovery code to open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not answer, so please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in Companion&apos;s backups folder. Choose a backup file you saved somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not answer in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <source>No open questions.</source>
        <extracomment>Open questions from before the period: the most recent are listed, the rest counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None asked in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open from before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 older open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 older open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>Pixels per chart unit: about 230 dots per inch across the printed page, sharp on paper. The severe-entries table shows the most recent ones; the summary table covers them all. After-visit notes are shortened to about this many characters; the journal has them whole.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information from the family&apos;s journal, not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With, where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long notes are shortened here. The full notes are in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe or very severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe or very severe: the latest %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 readings. Highest: %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Made %2 with Companion · Information, not medical advice · Page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all upcoming appointments to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions; Enter to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) to a calendar file. Like any export, that file is not encrypted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkthroughWindow</name>
    <message>
        <source>Walk-through</source>
        <extracomment>Sizes grow from at least this many points: the words are read from across a room. The care team&apos;s number for the handout&apos;s box (set by the window; None: left blank).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather the words to go through with the family. Show them one at a time on the full screen, then print them or save them as a handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to add, e.g. relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move word up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move word down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In English and Spanish (Español)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout in English and Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved a handout of %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <source>Now</source>
        <extracomment>Chosen toggle buttons take the palette&apos;s highlight, so a choice is plain in light and dark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set to now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonedWhen</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has no set time (a whole day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset from UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the two times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 (before the clocks go back, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second %1 (after the clocks go back, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks go back that night, so %1 happens twice. Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time does not exist on that day: the clocks jump forward. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
