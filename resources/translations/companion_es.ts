<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppointmentCard</name>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Questions to ask at this visit; tick each one when asked</source>
        <translation>Preguntas para hacer en esta visita; marque cada una cuando la haga</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this appointment</source>
        <translation>Editar esta cita</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Add this appointment to a calendar</source>
        <translation>Añadir esta cita a un calendario</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <source>Edit appointment</source>
        <extracomment>Centre names offered as places; the journal view fills this from the directory.</extracomment>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 horas antes</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 días antes</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>How &amp;long:</source>
        <translation>Cuánto &amp;dura:</translation>
    </message>
    <message>
        <source>A center, a contact, or type a place</source>
        <translation>Un centro, un contacto, o escriba un lugar</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>For example: Dr. Patel, the nurse</source>
        <translation>Por ejemplo: la Dra. Patel, la enfermera</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>Con &amp;quién:</translation>
    </message>
    <message>
        <source>For example: scan results</source>
        <translation>Por ejemplo: resultados del escáner</translation>
    </message>
    <message>
        <source>What &amp;for:</source>
        <translation>&amp;Para qué:</translation>
    </message>
    <message>
        <source>&amp;Questions to ask:</source>
        <translation>&amp;Preguntas para hacer:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Recordatorio:</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Después de la visita</translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation>¿Qué aprendió?</translation>
    </message>
    <message>
        <source>&amp;After the visit:</source>
        <translation>&amp;Después de la visita:</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 minutos antes</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Elija una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>That time does not exist on that day (the clocks jump forward).</source>
        <translation>Esa hora no existe ese día (los relojes se adelantan).</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Restore and unlock</source>
        <translation>Restaurar y desbloquear</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Companion keeps a backup each day in its backups folder. Choose one: it is checked before anything is replaced, and the journal will be as it was on the day of that backup.</source>
        <translation>Companion guarda una copia de seguridad cada día en su carpeta de copias. Elija una: se revisa antes de reemplazar nada, y el diario quedará como estaba el día de esa copia.</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <source>I want to add it</source>
        <translation>Quiero añadirla</translation>
    </message>
    <message>
        <source>Add a birth date</source>
        <translation>Añadir una fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>BloodCountForm</name>
    <message>
        <source>Edit blood count</source>
        <translation>Editar conteo de sangre</translation>
    </message>
    <message>
        <source>Add a blood count</source>
        <translation>Añadir un conteo de sangre</translation>
    </message>
    <message>
        <source>When the blood was taken</source>
        <translation>Cuándo se sacó la sangre</translation>
    </message>
    <message>
        <source>&amp;Blood taken:</source>
        <translation>&amp;Extracción de sangre:</translation>
    </message>
    <message>
        <source>x10^9/L (also written x10^3/uL or K/uL)</source>
        <translation>x10^9/L (también se escribe x10^3/uL o K/uL)</translation>
    </message>
    <message>
        <source>per uL (cells/mm3)</source>
        <translation>por uL (células/mm3)</translation>
    </message>
    <message>
        <source>Counts on the sheet are in:</source>
        <translation>Los conteos de la hoja están en:</translation>
    </message>
    <message>
        <source>Hemoglobin on the sheet is in:</source>
        <translation>La hemoglobina de la hoja está en:</translation>
    </message>
    <message>
        <source>&amp;WBC (white blood cells):</source>
        <translation>&amp;Glóbulos blancos (WBC):</translation>
    </message>
    <message>
        <source>&amp;Segs (segmented neutrophils), %:</source>
        <translation>&amp;Segmentados (neutrófilos segmentados), %:</translation>
    </message>
    <message>
        <source>Ba&amp;nds, %:</source>
        <translation>&amp;Cayados (bandas), %:</translation>
    </message>
    <message>
        <source>&amp;ANC (absolute neutrophil count):</source>
        <translation>&amp;RAN (recuento absoluto de neutrófilos):</translation>
    </message>
    <message>
        <source>&amp;Hemoglobin:</source>
        <translation>&amp;Hemoglobina:</translation>
    </message>
    <message>
        <source>&amp;Platelets:</source>
        <translation>&amp;Plaquetas:</translation>
    </message>
    <message>
        <source>A&amp;LC (absolute lymphocyte count):</source>
        <translation>Recuento absoluto de &amp;linfocitos (ALC):</translation>
    </message>
    <message>
        <source>Leave empty if not on the sheet</source>
        <translation>Déjelo vacío si no está en la hoja</translation>
    </message>
    <message>
        <source>ANC worked out:</source>
        <translation>RAN calculado:</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Otros valores</translation>
    </message>
    <message>
        <source>One per line, for example: CRP = 12 mg/L</source>
        <translation>Uno por línea, por ejemplo: CRP = 12 mg/L</translation>
    </message>
    <message>
        <source>&amp;Other values:</source>
        <translation>Otros &amp;valores:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Typed from the sheet.</source>
        <translation>Copiado de la hoja.</translation>
    </message>
    <message>
        <source>Type the WBC and the segs and bands to work it out.</source>
        <translation>Escriba los glóbulos blancos (WBC), los segmentados y los cayados para calcularlo.</translation>
    </message>
    <message>
        <source>%1 x (%2 + %3)% = %4 %5</source>
        <translation>%1 x (%2 + %3)% = %4 %5</translation>
    </message>
    <message>
        <source>Type at least one value from the sheet.</source>
        <translation>Escriba al menos un valor de la hoja.</translation>
    </message>
    <message>
        <source>Segs and bands together cannot be over 100%.</source>
        <translation>Los segmentados y los cayados juntos no pueden pasar del 100%.</translation>
    </message>
    <message>
        <source>An other value cannot be read. Write it as: name = number unit.</source>
        <translation>No se puede leer uno de los otros valores. Escríbalo así: nombre = número unidad.</translation>
    </message>
    <message>
        <source>%1 cannot be more than the WBC. Check the numbers.</source>
        <translation>%1 no puede ser mayor que los glóbulos blancos (WBC). Revise los números.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 cannot be right in %2. Check the number, and the unit the sheet uses.</source>
        <translation>%1 no puede ser correcto en %2. Revise el número y la unidad que usa la hoja.</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Alert: your care team&apos;s rule says to call</source>
        <translation>Alerta: la regla de su equipo de atención dice que llame</translation>
    </message>
    <message>
        <source>Your care team said to call if: %1</source>
        <translation>Su equipo de atención dijo que llame si: %1</translation>
    </message>
</context>
<context>
    <name>CallRules</name>
    <message>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>Hemoglobina</translation>
    </message>
    <message>
        <source>WBC</source>
        <translation>Glóbulos blancos</translation>
    </message>
    <message>
        <source>%1 at severity %2 or more</source>
        <extracomment>How far back a &quot;times within hours&quot; rule may look (a week).</extracomment>
        <translation>%1 con intensidad %2 o más</translation>
    </message>
    <message>
        <source>%1: %2 times or more within %3 hours</source>
        <translation>%1: %2 veces o más en %3 horas</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 por debajo de %2</translation>
    </message>
    <message>
        <source>%1, severity %2 of 4</source>
        <translation>%1, intensidad %2 de 4</translation>
    </message>
    <message>
        <source>%1: %2 times within %3 hours</source>
        <translation>%1: %2 veces en %3 horas</translation>
    </message>
</context>
<context>
    <name>CallRulesView</name>
    <message>
        <source>“Call us if”: your care team&apos;s other rules</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>«Llámenos si»: otras reglas de su equipo de atención</translation>
    </message>
    <message>
        <source>Besides fever, care teams tell families when to call: for example after vomiting many times, or when a count is very low. Copy your team&apos;s rules here. When an entry matches one, Companion shows the same card as for a fever, with the number to call. Companion adds no rules of its own.</source>
        <translation>Además de la fiebre, los equipos de atención les dicen a las familias cuándo llamar: por ejemplo, después de vomitar muchas veces o cuando un conteo está muy bajo. Copie aquí las reglas de su equipo. Cuando una anotación cumpla una de ellas, Companion muestra la misma tarjeta que para la fiebre, con el número al que llamar. Companion no añade reglas propias.</translation>
    </message>
    <message>
        <source>Your care team&apos;s rules</source>
        <translation>Las reglas de su equipo de atención</translation>
    </message>
    <message>
        <source>No rules yet.</source>
        <translation>Todavía no hay reglas.</translation>
    </message>
    <message>
        <source>A symptom at a severity or worse</source>
        <translation>Un síntoma con cierta intensidad o más</translation>
    </message>
    <message>
        <source>A symptom a number of times within some hours</source>
        <translation>Un síntoma varias veces en unas horas</translation>
    </message>
    <message>
        <source>A blood count below a number</source>
        <translation>Un conteo de sangre por debajo de un número</translation>
    </message>
    <message>
        <source>Choose, or type the team&apos;s words</source>
        <translation>Elija, o escriba las palabras del equipo</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>The rule as your team said it (optional)</source>
        <translation>La regla como la dijo su equipo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Kind of rule:</source>
        <translation>&amp;Tipo de regla:</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Síntoma:</translation>
    </message>
    <message>
        <source>Se&amp;verity (0-4) or more:</source>
        <translation>&amp;Intensidad (0-4) o más:</translation>
    </message>
    <message>
        <source>&amp;Times or more:</source>
        <translation>&amp;Veces o más:</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Dentro de:</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>C&amp;onteo:</translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation>&amp;Por debajo de:</translation>
    </message>
    <message>
        <source>&amp;Unit, as on the sheet:</source>
        <translation>&amp;Unidad, como en la hoja:</translation>
    </message>
    <message>
        <source>In the team&apos;s wo&amp;rds:</source>
        <translation>En pa&amp;labras del equipo:</translation>
    </message>
    <message>
        <source>Add this rule</source>
        <translation>Añadir esta regla</translation>
    </message>
    <message>
        <source>Remove the chosen rule</source>
        <translation>Quitar la regla elegida</translation>
    </message>
    <message>
        <source>Examples from other care teams</source>
        <translation>Ejemplos de otros equipos de atención</translation>
    </message>
    <message>
        <source>Examples other care teams give (not your team&apos;s rules):</source>
        <translation>Ejemplos que dan otros equipos de atención (no son las reglas de su equipo):</translation>
    </message>
    <message>
        <source>example from %1</source>
        <translation>ejemplo de %1</translation>
    </message>
    <message>
        <source>Choose or type the symptom.</source>
        <translation>Elija o escriba el síntoma.</translation>
    </message>
    <message>
        <source>Type the number the team gave, above zero.</source>
        <translation>Escriba el número que dio el equipo, mayor que cero.</translation>
    </message>
</context>
<context>
    <name>CallWatch</name>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
</context>
<context>
    <name>CareTeamView</name>
    <message>
        <source>My care team</source>
        <translation>Mi equipo de atención</translation>
    </message>
    <message>
        <source>Your care team is kept in your private journal. Unlock the journal to see it.</source>
        <translation>Su equipo de atención se guarda en su diario privado. Desbloquee el diario para verlo.</translation>
    </message>
    <message>
        <source>Unlock the journal…</source>
        <translation>Desbloquear el diario…</translation>
    </message>
    <message>
        <source>Unlock the journal to see your care team</source>
        <translation>Desbloquee el diario para ver su equipo de atención</translation>
    </message>
    <message>
        <source>The numbers your child&apos;s care team gave you, ready to copy. Mark one as the number to call for a fever.</source>
        <translation>Los números que le dio el equipo de atención de su hijo o hija, listos para copiar. Marque uno como el número al que llamar por fiebre.</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Añadir un contacto…</translation>
    </message>
    <message>
        <source>Add a contact to your care team</source>
        <translation>Añadir un contacto a su equipo de atención</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>No contacts yet. Add the numbers your care team gave you, such as the after-hours oncology line.</source>
        <translation>Todavía no hay contactos. Añada los números que le dio su equipo de atención, como la línea de oncología fuera de horario.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>%1 is now the number to call for a fever.</source>
        <translation>%1 es ahora el número al que llamar por fiebre.</translation>
    </message>
    <message>
        <source>Deleted %1 from your care team.</source>
        <translation>Se eliminó a %1 de su equipo de atención.</translation>
    </message>
    <message>
        <source>Added to your care team.</source>
        <translation>Añadido a su equipo de atención.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
    <message>
        <source>Contact deleted. Undo is next to the list.</source>
        <translation>Contacto eliminado. Puede deshacerlo junto a la lista.</translation>
    </message>
    <message>
        <source>Contact restored.</source>
        <translation>Contacto restaurado.</translation>
    </message>
</context>
<context>
    <name>Caregivers</name>
    <message>
        <source>Not recorded</source>
        <extracomment>Settings key (this computer only): the id of the caregiver who usually gives doses here.</extracomment>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>CaregiversPanel</name>
    <message>
        <source>Who gives the doses</source>
        <translation>Quién da las dosis</translation>
    </message>
    <message>
        <source>Each dose can say who gave it. Add the people who give doses once. Choose who usually gives them on this computer: new doses start with them.</source>
        <translation>Cada dosis puede indicar quién la dio. Añada una sola vez a las personas que dan las dosis. Elija quién suele darlas en esta computadora: las dosis nuevas empiezan con esa persona.</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Cuidadores</translation>
    </message>
    <message>
        <source>Name, for example: Mum, Grandpa</source>
        <translation>Nombre, por ejemplo: Mamá, Abuelo</translation>
    </message>
    <message>
        <source>New caregiver&apos;s name</source>
        <translation>Nombre del nuevo cuidador</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add caregiver</source>
        <translation>Añadir cuidador</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename caregiver</source>
        <translation>Cambiar el nombre del cuidador</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove caregiver</source>
        <translation>Quitar cuidador</translation>
    </message>
    <message>
        <source>Usually gives doses here</source>
        <translation>Suele dar las dosis aquí</translation>
    </message>
    <message>
        <source>This caregiver usually gives doses on this computer</source>
        <translation>Este cuidador suele dar las dosis en esta computadora</translation>
    </message>
    <message>
        <source>%1 (usually gives doses on this computer)</source>
        <translation>%1 (suele dar las dosis en esta computadora)</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
</context>
<context>
    <name>CenterDetail</name>
    <message>
        <source>Part of %1</source>
        <extracomment>Where the family dials from: numbers of that country show in national form.</extracomment>
        <translation>Forma parte de %1</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>Líneas de teléfono</translation>
    </message>
    <message>
        <source>For your child&apos;s doctor</source>
        <translation>Para el médico de su hijo o hija</translation>
    </message>
    <message>
        <source>These lines are meant for your child&apos;s doctor. You can pass them on.</source>
        <translation>Estas líneas son para el médico de su hijo o hija. Usted puede pasárselas.</translation>
    </message>
    <message>
        <source>Programs its pages describe</source>
        <translation>Programas que describen sus páginas</translation>
    </message>
    <message>
        <source>What its page says</source>
        <translation>Lo que dice su página</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>De %1:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>For %1:</source>
        <translation>Para %1:</translation>
    </message>
    <message>
        <source>Page dated %1 (%2).</source>
        <translation>Página con fecha %1 (%2).</translation>
    </message>
    <message>
        <source>Taken from the page as published on %1.</source>
        <translation>Tomado de la página tal como se publicó el %1.</translation>
    </message>
    <message>
        <source>Page address: %1</source>
        <translation>Dirección de la página: %1</translation>
    </message>
    <message>
        <source>Date not shown on the page.</source>
        <translation>La página no muestra fecha.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Questions to ask at the visit</source>
        <translation>Preguntas para hacer en la visita</translation>
    </message>
    <message>
        <source>Type a question, then press Enter</source>
        <translation>Escriba una pregunta y pulse Intro</translation>
    </message>
    <message>
        <source>New question to ask</source>
        <translation>Nueva pregunta para hacer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this question</source>
        <translation>Añadir esta pregunta</translation>
    </message>
    <message>
        <source>Add my open questions</source>
        <translation>Añadir mis preguntas abiertas</translation>
    </message>
    <message>
        <source>Remove ticked-off</source>
        <translation>Quitar las marcadas</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <source>Edit child</source>
        <translation>Editar niño o niña</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Añadir un niño o niña</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Birth date (optional):</source>
        <translation>Fecha de nacimiento (opcional):</translation>
    </message>
    <message>
        <source>For example: relapsed neuroblastoma</source>
        <translation>Por ejemplo: neuroblastoma en recaída</translation>
    </message>
    <message>
        <source>&amp;Diagnosis (optional):</source>
        <translation>&amp;Diagnóstico (opcional):</translation>
    </message>
    <message>
        <source>Type your child&apos;s name.</source>
        <translation>Escriba el nombre de su hijo o hija.</translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar a %1</translation>
    </message>
    <message>
        <source>Show %1 on the locked screen</source>
        <translation>Mostrar a %1 en la pantalla bloqueada</translation>
    </message>
    <message>
        <source>Central line type for %1</source>
        <translation>Tipo de vía central de %1</translation>
    </message>
    <message>
        <source>Allergies of %1</source>
        <translation>Alergias de %1</translation>
    </message>
    <message>
        <source>e.g. port, PICC line, Hickman line</source>
        <translation>p. ej. puerto implantado, vía PICC, catéter Hickman</translation>
    </message>
    <message>
        <source>e.g. penicillin; or none known</source>
        <translation>p. ej. penicilina; o ninguna conocida</translation>
    </message>
    <message>
        <source>Central line:</source>
        <translation>Vía central:</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Alergias:</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>The number to call for a fever</source>
        <translation>El número al que llamar por fiebre</translation>
    </message>
    <message>
        <source>This number could not be read: edit it.</source>
        <translation>No se pudo leer este número: edítelo.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Call %1 for a fever</source>
        <translation>Llamar a %1 por fiebre</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>Use for fever</source>
        <translation>Usar para fiebre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>After-hours oncology line</source>
        <extracomment>Offered in the role field, never required; the family can type any role.</extracomment>
        <translation>Línea de oncología fuera de horario</translation>
    </message>
    <message>
        <source>Nurse coordinator</source>
        <translation>Enfermera coordinadora</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacéutico</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Atención a domicilio</translation>
    </message>
    <message>
        <source>Oncologist</source>
        <translation>Oncólogo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation>País del número de teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Call this number for a fever</source>
        <translation>Llamar a este número por fiebre</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>Número de &amp;teléfono</translation>
    </message>
    <message>
        <source>&amp;Country of the number</source>
        <translation>&amp;País del número</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Type a name, for example “Oncology nurse line”.</source>
        <translation>Escriba un nombre, por ejemplo «Línea de enfermería de oncología».</translation>
    </message>
    <message>
        <source>This phone number was not saved. %1</source>
        <translation>Este número de teléfono no se guardó. %1</translation>
    </message>
    <message>
        <source>A number to call for a fever needs a phone number.</source>
        <translation>Un número al que llamar por fiebre necesita un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <source>ANC (%1)</source>
        <extracomment>Points per stroke of a line.</extracomment>
        <translation>RAN (%1)</translation>
    </message>
    <message>
        <source>Platelets (%1)</source>
        <translation>Plaquetas (%1)</translation>
    </message>
    <message>
        <source>Hemoglobin (%1)</source>
        <translation>Hemoglobina (%1)</translation>
    </message>
    <message>
        <source>Your team&apos;s number: %1</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>El número de su equipo: %1</translation>
    </message>
    <message>
        <source>No values in this period.</source>
        <translation>No hay valores en este período.</translation>
    </message>
    <message>
        <source>%1: latest %2</source>
        <translation>%1: último %2</translation>
    </message>
    <message>
        <source>No blood counts in this period.</source>
        <translation>No hay conteos de sangre en este período.</translation>
    </message>
    <message>
        <source>Blood counts chart</source>
        <translation>Gráfico de conteos de sangre</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Latest ANC: %1 (blood taken %2)</source>
        <extracomment>The card property the fever watch fills with :func:`latest_anc_text` before showing it.</extracomment>
        <translation>Último RAN: %1 (muestra de sangre: %2)</translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>Hemoglobina</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Conteos de sangre</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Add a blood count</source>
        <translation>Añadir un conteo de sangre</translation>
    </message>
    <message>
        <source>Words used here</source>
        <translation>Palabras usadas aquí</translation>
    </message>
    <message>
        <source>Your care team&apos;s numbers</source>
        <translation>Los números de su equipo de atención</translation>
    </message>
    <message>
        <source>Copy the numbers your care team gave you (for example, when to take fever precautions or when a transfusion may be needed). They are drawn on the chart. Leave one at “Not given” if the team gave none.</source>
        <translation>Copie los números que le dio su equipo de atención (por ejemplo, cuándo tomar precauciones por la fiebre o cuándo puede hacer falta una transfusión). Se dibujan en la gráfica. Deje uno en «No indicado» si el equipo no dio ninguno.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 por debajo de</translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation>Unidad de %1</translation>
    </message>
    <message>
        <source>%1 below:</source>
        <translation>%1 por debajo de:</translation>
    </message>
    <message>
        <source>Save these numbers</source>
        <translation>Guardar estos números</translation>
    </message>
    <message>
        <source>Examples from other care teams</source>
        <translation>Ejemplos de otros equipos de atención</translation>
    </message>
    <message>
        <source>Examples (not your team&apos;s numbers):</source>
        <translation>Ejemplos (no son los números de su equipo):</translation>
    </message>
    <message>
        <source>example from %1</source>
        <translation>ejemplo de %1</translation>
    </message>
    <message>
        <source>Words used here: ANC, neutropenia, platelets, hemoglobin, transfusion. Click a word to read what it means.</source>
        <translation>Palabras usadas aquí: RAN, neutropenia, plaquetas, hemoglobina, transfusión. Haga clic en una palabra para leer qué significa.</translation>
    </message>
</context>
<context>
    <name>CycleForm</name>
    <message>
        <source>Edit a cycle of the plan</source>
        <translation>Editar un ciclo del plan</translation>
    </message>
    <message>
        <source>Add a cycle or phase</source>
        <translation>Añadir un ciclo o fase</translation>
    </message>
    <message>
        <source>As on the roadmap, for example: Cycle 3</source>
        <translation>Como en la hoja de ruta, por ejemplo: Ciclo 3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>Cycle n&amp;umber:</source>
        <translation>Número de &amp;ciclo:</translation>
    </message>
    <message>
        <source>&amp;Day 1 is:</source>
        <translation>El &amp;día 1 es:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Treatment (as the team wrote it)</source>
        <translation>Tratamiento (como lo escribió el equipo)</translation>
    </message>
    <message>
        <source>If counts allow</source>
        <translation>Si los conteos lo permiten</translation>
    </message>
    <message>
        <source>Treatment days:</source>
        <translation>Días de tratamiento:</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Añadir un día</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>Quitar el día elegido</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Day number</source>
        <translation>Número de día</translation>
    </message>
    <message>
        <source>Type the cycle&apos;s name, as on the roadmap.</source>
        <translation>Escriba el nombre del ciclo, como en la hoja de ruta.</translation>
    </message>
    <message>
        <source>Each day number can be listed once.</source>
        <translation>Cada número de día solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>A day number is past the cycle&apos;s length.</source>
        <translation>Un número de día pasa de la duración del ciclo.</translation>
    </message>
</context>
<context>
    <name>DamagePage</name>
    <message>
        <source>The journal file is damaged</source>
        <translation>El archivo del diario está dañado</translation>
    </message>
    <message>
        <source>Companion found damage in the journal file on this computer and closed it to protect what is there. This can happen after a power cut or a problem with the disk. It is not something you did.</source>
        <translation>Companion encontró daños en el archivo del diario de esta computadora y lo cerró para proteger lo que contiene. Esto puede pasar después de un corte de luz o un problema con el disco. No es algo que usted haya hecho.</translation>
    </message>
    <message>
        <source>Your backups are separate files and are safe: each one is checked before anything is replaced. The damaged file is kept in Companion&apos;s folder; nothing is deleted.</source>
        <translation>Sus copias de seguridad son archivos aparte y están a salvo: cada una se revisa antes de reemplazar nada. El archivo dañado se guarda en la carpeta de Companion; no se borra nada.</translation>
    </message>
    <message>
        <source>To restore it, type your password (or recovery code) and press Restore it.</source>
        <translation>Para restaurarla, escriba su contraseña (o código de recuperación) y pulse Restaurarla.</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Restaurarla</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Elegir otra copia…</translation>
    </message>
    <message>
        <source>Choose another backup</source>
        <translation>Elegir otra copia de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup and open it</source>
        <translation>Restaurar esta copia y abrirla</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Try opening the journal again</source>
        <translation>Intentar abrir el diario otra vez</translation>
    </message>
    <message>
        <source>No backup was found in Companion&apos;s backups folder. If you saved one somewhere else (a USB stick, say), choose it below.</source>
        <translation>No se encontró ninguna copia en la carpeta de copias de Companion. Si guardó una en otro lugar (una memoria USB, por ejemplo), elíjala abajo.</translation>
    </message>
    <message>
        <source>The newest backup is ready to restore.</source>
        <translation>La copia más reciente está lista para restaurar.</translation>
    </message>
    <message>
        <source>The newest backup is from %1. What was written after that is not in it.</source>
        <translation>La copia más reciente es del %1. Lo que se escribió después no está en ella.</translation>
    </message>
</context>
<context>
    <name>DeviceUnlockSection</name>
    <message>
        <source>Unlock automatically on this computer</source>
        <extracomment>The keyring gives up after 3 s a call (turning on makes two); this is the window&apos;s backstop.</extracomment>
        <translation>Desbloquear automáticamente en esta computadora</translation>
    </message>
    <message>
        <source>About unlocking automatically</source>
        <translation>Sobre el desbloqueo automático</translation>
    </message>
    <message>
        <source>Automatic unlock message</source>
        <translation>Mensaje sobre el desbloqueo automático</translation>
    </message>
    <message>
        <source>Unlock automatically</source>
        <translation>Desbloquear automáticamente</translation>
    </message>
    <message>
        <source>Checking whether this computer has a safe place for keys…</source>
        <translation>Comprobando si esta computadora tiene un lugar seguro para las claves…</translation>
    </message>
    <message>
        <source>This computer keeps the journal&apos;s key in its own safe place for keys (its keyring), so the journal opens without typing. Anyone who can sign in to this computer as you can then open it. Best on a computer only you use.</source>
        <translation>Esta computadora guarda la clave del diario en su propio lugar seguro para claves (su llavero), así el diario se abre sin escribir nada. Cualquiera que pueda entrar en esta computadora con su usuario podrá abrirlo. Es mejor en una computadora que solo usa usted.</translation>
    </message>
    <message>
        <source>This computer&apos;s safe place for keys did not answer, so this is not offered now.</source>
        <translation>El lugar seguro para claves de esta computadora no respondió, así que esto no se ofrece ahora.</translation>
    </message>
    <message>
        <source>Not offered here: this computer has no safe place for the key.</source>
        <translation>No se ofrece aquí: esta computadora no tiene un lugar seguro para la clave.</translation>
    </message>
    <message>
        <source>This journal has no password, so this is how it opens each day. To turn it off, first add a password above.</source>
        <translation>Este diario no tiene contraseña, así que se abre de esta forma cada día. Para desactivarlo, primero añada una contraseña arriba.</translation>
    </message>
    <message>
        <source>It stays on: without it, this journal would open only with the recovery code. Add a password above first, then you can turn this off.</source>
        <translation>Sigue activado: sin él, este diario solo se abriría con el código de recuperación. Añada primero una contraseña arriba y luego podrá desactivarlo.</translation>
    </message>
    <message>
        <source>Asking this computer for the journal&apos;s key…</source>
        <translation>Pidiendo a esta computadora la clave del diario…</translation>
    </message>
    <message>
        <source>Done: the journal now asks for your password each time it opens.</source>
        <translation>Listo: el diario ahora pide su contraseña cada vez que se abre.</translation>
    </message>
    <message>
        <source>This computer&apos;s safe place for keys did not answer, so nothing was changed and nothing was lost. The journal opens as before.</source>
        <translation>El lugar seguro para claves de esta computadora no respondió, así que no se cambió nada y no se perdió nada. El diario se abre como antes.</translation>
    </message>
    <message>
        <source>Done: this computer now opens the journal without typing. Anyone who can sign in to this computer as you can open it.</source>
        <translation>Listo: esta computadora abre ahora el diario sin escribir nada. Cualquiera que pueda entrar en esta computadora con su usuario podrá abrirlo.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Page dated %1, %2: please confirm this number before relying on it.</source>
        <translation>Página con fecha %1, %2: confirme este número antes de fiarse de él.</translation>
    </message>
    <message>
        <source>The page shows no date: please confirm this number before relying on it.</source>
        <translation>La página no muestra fecha: confirme este número antes de fiarse de él.</translation>
    </message>
    <message>
        <source>Centers and care team</source>
        <extracomment>What &quot;today&quot; is when a source&apos;s age is worked out (tests pin it).</extracomment>
        <translation>Centros y equipo de atención</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>My care team</source>
        <translation>Mi equipo de atención</translation>
    </message>
    <message>
        <source>Centers &amp; contacts</source>
        <translation>Centros y contactos</translation>
    </message>
    <message>
        <source>Centers are listed because their own pages describe these programs. This is not a ranking or a referral: your child&apos;s own care team is the first call.</source>
        <translation>Los centros aparecen porque sus propias páginas describen estos programas. No es una clasificación ni una derivación: el equipo de atención de su hijo o hija es la primera llamada.</translation>
    </message>
    <message>
        <source>About this list</source>
        <translation>Sobre esta lista</translation>
    </message>
    <message>
        <source>Search centers</source>
        <translation>Buscar centros</translation>
    </message>
    <message>
        <source>Filter by program</source>
        <translation>Filtrar por programa</translation>
    </message>
    <message>
        <source>Filter by place</source>
        <translation>Filtrar por lugar</translation>
    </message>
    <message>
        <source>Import updated directory…</source>
        <translation>Importar un directorio actualizado…</translation>
    </message>
    <message>
        <source>Import an updated directory file</source>
        <translation>Importar un archivo de directorio actualizado</translation>
    </message>
    <message>
        <source>Center details</source>
        <translation>Detalles del centro</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>No center in this directory says it offers %1.</source>
        <translation>Ningún centro de este directorio dice que ofrece %1.</translation>
    </message>
    <message>
        <source>Copied %1: %2, %3</source>
        <translation>Copiado %1: %2, %3</translation>
    </message>
    <message>
        <source>Imported the directory updated %1. It is now in use.</source>
        <translation>Se importó el directorio actualizado el %1. Ahora es el que se usa.</translation>
    </message>
    <message>
        <source>Imported the directory updated %1. The built-in directory is newer, so it stays in use.</source>
        <translation>Se importó el directorio actualizado el %1. El directorio incluido es más reciente, así que se sigue usando.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>No center matches. Try fewer words, or “All programs” and “All places”.</source>
        <translation>Ningún centro coincide. Pruebe con menos palabras, o «Todos los programas» y «Todos los lugares».</translation>
    </message>
    <message>
        <source>Name, program or place</source>
        <translation>Nombre, programa o lugar</translation>
    </message>
    <message>
        <source>Choose a center from the list.</source>
        <translation>Elija un centro de la lista.</translation>
    </message>
    <message>
        <source>Import updated directory</source>
        <translation>Importar un directorio actualizado</translation>
    </message>
    <message>
        <source>Directory files (*.json)</source>
        <translation>Archivos de directorio (*.json)</translation>
    </message>
    <message>
        <source>This directory file cannot be used</source>
        <translation>Este archivo de directorio no se puede usar</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory you had is still in use.</source>
        <translation>No se cambió nada: se sigue usando el directorio que tenía.</translation>
    </message>
    <message>
        <source>The file has these problems:</source>
        <translation>El archivo tiene estos problemas:</translation>
    </message>
    <message>
        <source>Directory file problems</source>
        <translation>Problemas del archivo de directorio</translation>
    </message>
    <message>
        <source>That directory file was not imported.</source>
        <translation>Ese archivo de directorio no se importó.</translation>
    </message>
    <message>
        <source>The centers directory could not be read.</source>
        <translation>No se pudo leer el directorio de centros.</translation>
    </message>
</context>
<context>
    <name>DoseCheck</name>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n days of supply left</source>
        <translation>
            <numerusform>Queda para unos %n día</numerusform>
            <numerusform>Queda para unos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>someone no longer on the list</source>
        <translation>alguien que ya no está en la lista</translation>
    </message>
    <message>
        <source>No dose recorded yet</source>
        <translation>Aún no hay dosis anotadas</translation>
    </message>
    <message>
        <source>Last given %1 ago (%2)</source>
        <translation>Última dosis hace %1 (%2)</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>someone (not recorded)</source>
        <translation>alguien (sin anotar)</translation>
    </message>
    <message>
        <source>%1 gave %2 at %3. Your care team&apos;s minimum time between doses is %4 hours: the next dose is due in %5. Give it now anyway?</source>
        <translation>%1 dio %2 a las %3. El tiempo mínimo entre dosis que le indicó su equipo de atención es de %4 horas: la próxima dosis toca dentro de %5. ¿Darla ahora de todos modos?</translation>
    </message>
</context>
<context>
    <name>DoseForm</name>
    <message>
        <source>Edit dose given</source>
        <translation>Editar dosis dada</translation>
    </message>
    <message>
        <source>Log a dose given</source>
        <translation>Anotar una dosis dada</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>When given</source>
        <translation>Cuándo se dio</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Dada por:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Add the medicine to the list first.</source>
        <translation>Primero añada el medicamento a la lista.</translation>
    </message>
    <message>
        <source>Press Save again to record it.</source>
        <translation>Pulse Guardar otra vez para anotarla.</translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <source>The emergency information for this screen could not be read: its file was changed or damaged. Unlock the journal and turn it on again in Privacy and backups.</source>
        <translation>No se pudo leer la información de emergencia de esta pantalla: su archivo se cambió o está dañado. Desbloquee el diario y vuelva a activarla en Privacidad y copias de seguridad.</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>Información de emergencia</translation>
    </message>
    <message>
        <source>Emergency information, shown without the password</source>
        <translation>Información de emergencia, visible sin la contraseña</translation>
    </message>
    <message>
        <source>Central line: %1</source>
        <translation>Vía central: %1</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>(The common fever rule: ask your care team for their own.)</source>
        <translation>(La regla de fiebre habitual: pida a su equipo de atención su propia regla.)</translation>
    </message>
    <message>
        <source>Fever: %1</source>
        <translation>Fiebre: %1</translation>
    </message>
    <message>
        <source>No number is marked for fevers yet.</source>
        <translation>Todavía no hay ningún número marcado para la fiebre.</translation>
    </message>
    <message>
        <source>For a fever, call %1:</source>
        <translation>Si hay fiebre, llame a %1:</translation>
    </message>
    <message>
        <source>Call at %1 or higher.</source>
        <translation>Llame con %1 o más.</translation>
    </message>
    <message>
        <source>Also call at %1 or higher for %2 minutes.</source>
        <translation>Llame también si se mantiene en %1 o más durante %2 minutos.</translation>
    </message>
    <message>
        <source>Also call at %1 or lower.</source>
        <translation>Llame también con %1 o menos.</translation>
    </message>
</context>
<context>
    <name>EmergencySection</name>
    <message>
        <source>Emergency information on the locked screen</source>
        <translation>Información de emergencia en la pantalla bloqueada</translation>
    </message>
    <message>
        <source>Like the medical ID on a phone: the first names you choose, the fever rule and your fever contact&apos;s number, and what you add below, so a grandparent or a babysitter can see them while the journal is locked. Anyone at this computer can read them, without the password. Everything else stays locked. You can change this or turn it off here at any time.</source>
        <translation>Como la ficha médica de un teléfono: los nombres de pila que elija, la regla de fiebre y el número de su contacto para la fiebre, y lo que añada abajo, para que un abuelo o una niñera puedan verlos mientras el diario está bloqueado. Cualquiera que esté en esta computadora puede leerlos, sin la contraseña. Todo lo demás sigue bloqueado. Puede cambiar esto o desactivarlo aquí en cualquier momento.</translation>
    </message>
    <message>
        <source>Show emergency information on the locked screen</source>
        <translation>Mostrar la información de emergencia en la pantalla bloqueada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the emergency information</source>
        <translation>Guardar la información de emergencia</translation>
    </message>
    <message>
        <source>Saved. The locked screen shows it from now on.</source>
        <translation>Guardado. La pantalla bloqueada la muestra desde ahora.</translation>
    </message>
    <message>
        <source>Saved, but no child is chosen, so the locked screen shows nothing.</source>
        <translation>Guardado, pero no eligió ningún niño o niña, así que la pantalla bloqueada no muestra nada.</translation>
    </message>
    <message>
        <source>Turned off. The locked screen shows nothing from the journal.</source>
        <translation>Desactivado. La pantalla bloqueada no muestra nada del diario.</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Note</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first). The detail pane shows this much of each long text at first (a screenful or two); &quot;Show all&quot; shows the rest, so choosing a very long note never stalls the window. Past this length, &quot;Show all&quot; shows the text plainly, without glossary links (finding words in, and laying out, megabytes of rich text would take many seconds). The whole free text when it is too long for rich text (shown plain instead), else &quot;&quot;.</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Qué tan fuerte</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Got in the way</source>
        <translation>Le impidió hacer cosas</translation>
    </message>
    <message>
        <source>Noticed by</source>
        <translation>Lo notó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Fever medicine</source>
        <translation>Medicamento para la fiebre</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>no se anotó ninguno</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Después de la visita</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>When to give</source>
        <translation>Cuándo darlo</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Solo cuando haga falta</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation>Dado: %1</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Question for the care team</source>
        <translation>Pregunta para el equipo de atención</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Último cambio por</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Form heading</source>
        <extracomment>Minimum height in pixels of anything a finger or a shaky mouse must hit.</extracomment>
        <translation>Título del formulario</translation>
    </message>
    <message>
        <source>Problem with this form</source>
        <translation>Problema con este formulario</translation>
    </message>
    <message>
        <source>Enter saves (Ctrl+Enter inside a notes box). Esc cancels.</source>
        <translation>Intro guarda (Ctrl+Intro dentro de un cuadro de notas). Esc cancela.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Niño o niña:</translation>
    </message>
</context>
<context>
    <name>ErrorSentences</name>
    <message>
        <source>That recovery code did not open the journal. Check each group of letters and numbers, then try again.</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Ese código de recuperación no abrió el diario. Revise cada grupo de letras y números, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The key kept on this computer did not open the journal, so please type the password for the journal.</source>
        <translation>La clave guardada en esta computadora no abrió el diario, así que escriba la contraseña del diario.</translation>
    </message>
    <message>
        <source>That password did not open the journal. Check that Caps Lock is off, then try again.</source>
        <translation>Esa contraseña no abrió el diario. Compruebe que Bloq Mayús está desactivado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer did not give the journal&apos;s key back, so please type the password for the journal.</source>
        <translation>Esta computadora no devolvió la clave del diario, así que escriba la contraseña del diario.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Companion. Please update Companion to open it. Nothing was changed.</source>
        <translation>Este diario se guardó con una versión más nueva de Companion. Actualice Companion para abrirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This backup file looks damaged, or it is not a Companion backup. Nothing was changed. Please choose another backup file.</source>
        <translation>Este archivo de copia parece dañado, o no es una copia de Companion. No se cambió nada. Elija otro archivo de copia.</translation>
    </message>
    <message>
        <source>The journal file looks damaged. Your backups are safe; you can restore the newest one.</source>
        <translation>El archivo del diario parece dañado. Sus copias de seguridad están a salvo; puede restaurar la más reciente.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be opened safely. Free some space (for example, empty the trash), then try again. Nothing was changed.</source>
        <translation>El disco está lleno, así que el diario no se puede abrir con seguridad. Libere espacio (por ejemplo, vacíe la papelera) y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Companion cannot write to its folder. Check that the disk is not read-only and that the folder belongs to you, then try again. Nothing was changed.</source>
        <translation>Companion no puede escribir en su carpeta. Compruebe que el disco no es de solo lectura y que la carpeta es suya, y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The journal is already open in another Companion window.</source>
        <translation>El diario ya está abierto en otra ventana de Companion.</translation>
    </message>
    <message>
        <source>Nothing was changed: the journal on this computer stays as it was.</source>
        <translation>No se cambió nada: el diario de esta computadora sigue como estaba.</translation>
    </message>
    <message>
        <source>The backup file was not found. Please choose it again.</source>
        <translation>No se encontró el archivo de copia. Elíjalo otra vez.</translation>
    </message>
    <message>
        <source>There is no journal in this folder yet, or the backup file was not found.</source>
        <translation>Todavía no hay un diario en esta carpeta, o no se encontró el archivo de copia.</translation>
    </message>
    <message>
        <source>The journal could not be opened. Please try again; if it keeps happening, restart the computer.</source>
        <translation>No se pudo abrir el diario. Vuelva a intentarlo; si sigue pasando, reinicie la computadora.</translation>
    </message>
    <message>
        <source>Please write the temperature and the time down for now.</source>
        <translation>Por ahora, anote en un papel la temperatura y la hora.</translation>
    </message>
    <message>
        <source>This reading could not be kept: the journal has to be unlocked once first.</source>
        <translation>No se pudo guardar esta medición: primero hay que desbloquear el diario una vez.</translation>
    </message>
    <message>
        <source>The disk is full, so this reading could not be kept.</source>
        <translation>El disco está lleno, así que no se pudo guardar esta medición.</translation>
    </message>
    <message>
        <source>Companion cannot write to its folder, so this reading was not kept.</source>
        <translation>Companion no puede escribir en su carpeta, así que esta medición no se guardó.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file is missing or damaged, so this reading was not kept.</source>
        <translation>Falta el archivo de la clave del diario o está dañado, así que esta medición no se guardó.</translation>
    </message>
    <message>
        <source>This reading could not be kept.</source>
        <translation>No se pudo guardar esta medición.</translation>
    </message>
    <message>
        <source>What you typed is still here.</source>
        <translation>Lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space, then press Save again.</source>
        <translation>El disco está lleno, así que esto no se guardó. Libere espacio y pulse Guardar otra vez.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written to, so this was not saved.</source>
        <translation>No se puede escribir en la carpeta del diario, así que esto no se guardó.</translation>
    </message>
    <message>
        <source>The journal is locked, so this was not saved. Unlock it and try again.</source>
        <translation>El diario está bloqueado, así que esto no se guardó. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The journal file looks damaged, so this was not saved. What you typed is still here: copy it somewhere if you need it, then press Cancel to see how to restore a backup.</source>
        <translation>El archivo del diario parece dañado, así que esto no se guardó. Lo que escribió sigue aquí: cópielo a otro lugar si lo necesita y luego pulse Cancelar para ver cómo restaurar una copia.</translation>
    </message>
    <message>
        <source>This could not be saved. Please try again.</source>
        <translation>No se pudo guardar. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile, so the change was not saved.</source>
        <translation>Esta anotación se eliminó mientras tanto, así que el cambio no se guardó.</translation>
    </message>
    <message>
        <source>One of the values is not possible. Check the form and try again.</source>
        <translation>Uno de los valores no es posible. Revise el formulario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space (for example, empty the trash), then try again.</source>
        <translation>El disco está lleno, así que no se cambió nada. Libere espacio (por ejemplo, vacíe la papelera) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Companion cannot write to its folder, so nothing was changed. Check that the disk is not read-only, then try again.</source>
        <translation>Companion no puede escribir en su carpeta, así que no se cambió nada. Compruebe que el disco no es de solo lectura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The journal was locked, so nothing was changed. Unlock it and try again.</source>
        <translation>El diario estaba bloqueado, así que no se cambió nada. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That entry is no longer there, so nothing was changed.</source>
        <translation>Esa anotación ya no está, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>That did not work, and nothing was changed. Please try again.</source>
        <translation>Eso no funcionó, y no se cambió nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made because the disk is full. Your journal is open, and what you saved is kept. Free some space; Companion tries again at the next unlock.</source>
        <translation>La copia de seguridad automática de hoy no se hizo porque el disco está lleno. Su diario está abierto y lo que guardó se conserva. Libere espacio; Companion lo intentará otra vez la próxima vez que desbloquee.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made because Companion cannot write to its backups folder. Your journal is open, and what you saved is kept.</source>
        <translation>La copia de seguridad automática de hoy no se hizo porque Companion no puede escribir en su carpeta de copias. Su diario está abierto y lo que guardó se conserva.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made: the journal file looks damaged. Your earlier backups are safe; you can restore the newest one.</source>
        <translation>La copia de seguridad automática de hoy no se hizo: el archivo del diario parece dañado. Sus copias anteriores están a salvo; puede restaurar la más reciente.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made. Your earlier backups are kept; Companion tries again at the next unlock.</source>
        <translation>La copia de seguridad automática de hoy no se hizo. Sus copias anteriores se conservan; Companion lo intentará otra vez la próxima vez que desbloquee.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not written. Free some space and try again.</source>
        <translation>El disco está lleno, así que el archivo no se escribió. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Companion cannot write there. Please choose another folder.</source>
        <translation>Companion no puede escribir ahí. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The journal was locked, so nothing was exported. Unlock it and try again.</source>
        <translation>El diario estaba bloqueado, así que no se exportó nada. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file could not be written. Please try again or choose another folder.</source>
        <translation>No se pudo escribir el archivo. Vuelva a intentarlo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>This journal already has entries. A journal file can only be imported into a new journal, so the two histories do not mix.</source>
        <translation>Este diario ya tiene anotaciones. Un archivo de diario solo se puede importar en un diario nuevo, para que las dos historias no se mezclen.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Companion.</source>
        <translation>Este archivo se hizo con una versión más nueva de Companion.</translation>
    </message>
    <message>
        <source>This is not a Companion journal file.</source>
        <translation>Este no es un archivo de diario de Companion.</translation>
    </message>
    <message>
        <source>This journal file is incomplete or damaged.</source>
        <translation>Este archivo de diario está incompleto o dañado.</translation>
    </message>
    <message>
        <source>The file could not be read. Please choose it again.</source>
        <translation>No se pudo leer el archivo. Elíjalo otra vez.</translation>
    </message>
    <message>
        <source>The journal was locked. Everything you saved is kept, but the disk could not be tidied up (it is full or read-only); Companion tries again next time.</source>
        <translation>El diario se bloqueó. Todo lo que guardó se conserva, pero no se pudo ordenar el disco (está lleno o es de solo lectura); Companion lo intentará la próxima vez.</translation>
    </message>
    <message>
        <source>The journal was locked. Everything you saved is kept.</source>
        <translation>El diario se bloqueó. Todo lo que guardó se conserva.</translation>
    </message>
    <message>
        <source>The disk is full, so Companion cannot open or save the journal. Free some space (for example, empty the trash), then start Companion again.</source>
        <translation>El disco está lleno, así que Companion no puede abrir ni guardar el diario. Libere espacio (por ejemplo, vacíe la papelera) y vuelva a abrir Companion.</translation>
    </message>
    <message>
        <source>Companion cannot write to its folder, so it cannot open or save the journal. Check that the disk is not read-only and that the folder belongs to you, then start Companion again.</source>
        <translation>Companion no puede escribir en su carpeta, así que no puede abrir ni guardar el diario. Compruebe que el disco no es de solo lectura y que la carpeta es suya, y vuelva a abrir Companion.</translation>
    </message>
    <message>
        <source>You can also start it with another folder: companion --data-dir FOLDER. The glossary and the centers work as usual.</source>
        <translation>También puede abrirlo con otra carpeta: companion --data-dir CARPETA. El glosario y los centros funcionan como siempre.</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>The backup was made on %1 and holds %2 entries.</source>
        <translation>La copia se hizo el %1 y tiene %2 anotaciones.</translation>
    </message>
    <message>
        <source>It is the backup of another journal than the one on this computer.</source>
        <translation>Es la copia de otro diario, no del que está en esta computadora.</translation>
    </message>
    <message>
        <source>The journal on this computer cannot be read.</source>
        <translation>No se puede leer el diario de esta computadora.</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>un día desconocido</translation>
    </message>
    <message>
        <source>The journal on this computer was last changed on %1 and holds %2 entries.</source>
        <translation>El diario de esta computadora se cambió por última vez el %1 y tiene %2 anotaciones.</translation>
    </message>
    <message>
        <source>If you replace it, the current journal is kept aside in its folder, not deleted.</source>
        <translation>Si lo reemplaza, el diario actual se guarda aparte en su carpeta, no se borra.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>An ANC below 500 per uL (0.5 x10^9/L): the ANC needs to be higher than 500 for a child to best fight infections.</source>
        <extracomment>Count thresholds: field -&gt; examples (no hemoglobin example: no primary source was found).</extracomment>
        <translation>Un RAN por debajo de 500 por µL (0,5 x10^9/L): el RAN tiene que estar por encima de 500 para que el niño pueda combatir mejor las infecciones.</translation>
    </message>
    <message>
        <source>A child is called neutropenic when the ANC is below 500.</source>
        <translation>Se dice que un niño tiene neutropenia cuando el RAN está por debajo de 500.</translation>
    </message>
    <message>
        <source>Platelets below 10 x10^9/L (10,000 per uL): a level at which platelet transfusions to prevent bleeding have been shown to be safe in stable patients.</source>
        <translation>Plaquetas por debajo de 10 x10^9/L (10.000 por µL): un nivel con el que se ha visto que es seguro dar transfusiones de plaquetas para prevenir sangrados en pacientes estables.</translation>
    </message>
    <message>
        <source>Less urine, or no urine for 6 to 8 hours.</source>
        <extracomment>&quot;Call us if&quot; rules other teams give.</extracomment>
        <translation>Menos orina, o nada de orina durante 6 a 8 horas.</translation>
    </message>
    <message>
        <source>Severe nausea or vomiting.</source>
        <translation>Náuseas o vómitos fuertes.</translation>
    </message>
    <message>
        <source>Bleeding, including nosebleeds, red or black bowel movements, or many bruises.</source>
        <translation>Sangrado, incluidos sangrados por la nariz, heces rojas o negras, o muchos moretones.</translation>
    </message>
    <message>
        <source>Constipation that lasts more than 2 days.</source>
        <translation>Estreñimiento que dura más de 2 días.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Companion</source>
        <extracomment>The log stops growing past this size (it is for a helper reading it, not an archive).</extracomment>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Something went wrong on this screen. What you saved before is kept. If a form was open, check it before you save again. If this keeps happening, restart Companion.</source>
        <translation>Algo salió mal en esta pantalla. Lo que guardó antes se conserva. Si había un formulario abierto, revíselo antes de guardar otra vez. Si esto sigue pasando, vuelva a abrir Companion.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>When</source>
        <extracomment>Fields every kind has, written in the fixed columns instead. The field each kind is dated by: it is the When column. Column key -&gt; header (marked for translation, translated with the journal&apos;s ``translate``).</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation>Id de la anotación</translation>
    </message>
    <message>
        <source>Child id</source>
        <translation>Id del niño o niña</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Place kind</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Notes after the visit</source>
        <translation>Notas después de la visita</translation>
    </message>
    <message>
        <source>Reminder (minutes before)</source>
        <translation>Recordatorio (minutos antes)</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Severity (0-4)</source>
        <translation>Intensidad (0-4)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Frequency (0-4)</source>
        <translation>Frecuencia (0-4)</translation>
    </message>
    <message>
        <source>Interference (0-4)</source>
        <translation>Interferencia (0-4)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Fever medicine</source>
        <translation>Medicamento para la fiebre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>When to give</source>
        <translation>Cuándo darlo</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Cuando haga falta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Medicine id</source>
        <translation>Id del medicamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Call for fever</source>
        <translation>Llamar por fiebre</translation>
    </message>
    <message>
        <source>Fever rule</source>
        <translation>Regla de fiebre</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Reading id</source>
        <translation>Id de la medición</translation>
    </message>
    <message>
        <source>Hours between doses (at least)</source>
        <translation>Horas entre dosis (mínimo)</translation>
    </message>
    <message>
        <source>Amount per dose</source>
        <translation>Cantidad por dosis</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unidad de la dosis</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On hand counted</source>
        <translation>Disponible (contado)</translation>
    </message>
    <message>
        <source>Doses a day</source>
        <translation>Dosis al día</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>WBC (10^9/L)</source>
        <translation>Glóbulos blancos (10^9/L)</translation>
    </message>
    <message>
        <source>ANC (10^9/L)</source>
        <translation>RAN (10^9/L)</translation>
    </message>
    <message>
        <source>ANC worked out</source>
        <translation>RAN calculado</translation>
    </message>
    <message>
        <source>Segs (%)</source>
        <translation>Segmentados (%)</translation>
    </message>
    <message>
        <source>Bands (%)</source>
        <translation>Cayados (%)</translation>
    </message>
    <message>
        <source>Hemoglobin (g/dL)</source>
        <translation>Hemoglobina (g/dL)</translation>
    </message>
    <message>
        <source>Platelets (10^9/L)</source>
        <translation>Plaquetas (10^9/L)</translation>
    </message>
    <message>
        <source>ALC (10^9/L)</source>
        <translation>RAL (10^9/L)</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Otros valores</translation>
    </message>
    <message>
        <source>Sheet&apos;s count unit</source>
        <translation>Unidad de conteos de la hoja</translation>
    </message>
    <message>
        <source>Sheet&apos;s hemoglobin unit</source>
        <translation>Unidad de hemoglobina de la hoja</translation>
    </message>
    <message>
        <source>Cycle number</source>
        <translation>Número de ciclo</translation>
    </message>
    <message>
        <source>Length (days)</source>
        <translation>Duración (días)</translation>
    </message>
    <message>
        <source>Cycle id</source>
        <translation>Id del ciclo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>If the counts allow</source>
        <translation>Si los conteos lo permiten</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Tipo de anotación</translation>
    </message>
    <message>
        <source>Entry id (matched)</source>
        <translation>Id de la anotación (vinculada)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Export to a spreadsheet file?</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>¿Exportar a un archivo de hoja de cálculo?</translation>
    </message>
    <message>
        <source>Export to a calendar file?</source>
        <translation>¿Exportar a un archivo de calendario?</translation>
    </message>
    <message>
        <source>Export the whole journal to a file?</source>
        <translation>¿Exportar todo el diario a un archivo?</translation>
    </message>
    <message>
        <source>Save the visit summary as a file?</source>
        <translation>¿Guardar el resumen de la visita como archivo?</translation>
    </message>
    <message>
        <source>The CSV file will NOT be encrypted.</source>
        <translation>El archivo CSV NO estará cifrado.</translation>
    </message>
    <message>
        <source>The calendar file will NOT be encrypted.</source>
        <translation>El archivo de calendario NO estará cifrado.</translation>
    </message>
    <message>
        <source>The JSON file will NOT be encrypted.</source>
        <translation>El archivo JSON NO estará cifrado.</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted.</source>
        <translation>El archivo PDF NO estará cifrado.</translation>
    </message>
    <message>
        <source>Anyone who can open the file can read everything in it. Keep it somewhere private and delete it when you are done.</source>
        <translation>Cualquiera que pueda abrir el archivo puede leer todo lo que contiene. Guárdelo en un lugar privado y bórrelo cuando termine.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Exportar anotaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the whole journal</source>
        <translation>Exportar todo el diario</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Import a journal file</source>
        <translation>Importar un archivo de diario</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>ExportCount</name>
    <message numerus="yes">
        <source>Exported %n entries (not encrypted).</source>
        <translation>
            <numerusform>Se exportó %n anotación (sin cifrar).</numerusform>
            <numerusform>Se exportaron %n anotaciones (sin cifrar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records (not encrypted).</source>
        <translation>
            <numerusform>Se exportó %n registro (sin cifrar).</numerusform>
            <numerusform>Se exportaron %n registros (sin cifrar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Se importó %n registro.</numerusform>
            <numerusform>Se importaron %n registros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fever</name>
    <message>
        <source>Do not take your child&apos;s temperature in the bottom (rectally) unless your care team says so. When blood counts are low, it can cause bleeding or infection. Use the mouth, under the arm, the ear or the forehead.</source>
        <extracomment>A children&apos;s cancer page that states the same common rule: call at 100.4 °F (38 °C) or more.</extracomment>
        <translation>No le tome la temperatura a su hijo o hija por el recto (por detrás) a menos que su equipo de atención se lo diga. Cuando los conteos de sangre están bajos, puede causar sangrado o infección. Use la boca, debajo del brazo, el oído o la frente.</translation>
    </message>
    <message>
        <source>Do not give acetaminophen (paracetamol) or ibuprofen before you call, unless your team told you to.</source>
        <translation>No le dé acetaminofén (paracetamol) ni ibuprofeno antes de llamar, a menos que su equipo se lo haya dicho.</translation>
    </message>
</context>
<context>
    <name>FeverCard</name>
    <message>
        <source>Call your care team now</source>
        <extracomment>Two columns (who to call | what to tell them) once each gets this many average characters.</extracomment>
        <translation>Llame ahora a su equipo de atención</translation>
    </message>
    <message>
        <source>What to tell them</source>
        <translation>Qué decirles</translation>
    </message>
    <message>
        <source>Copy what to tell them</source>
        <translation>Copiar qué decirles</translation>
    </message>
    <message>
        <source>Close the call your care team card</source>
        <translation>Cerrar la tarjeta de llamar a su equipo de atención</translation>
    </message>
    <message>
        <source>Alert: call your care team now</source>
        <translation>Alerta: llame ahora a su equipo de atención</translation>
    </message>
    <message>
        <source>Call %1:</source>
        <translation>Llame a %1:</translation>
    </message>
    <message>
        <source>Add the number</source>
        <translation>Añadir el número</translation>
    </message>
    <message>
        <source>Add the number to call for a fever</source>
        <translation>Añadir el número al que llamar por fiebre</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Show where these words come from</source>
        <translation>Mostrar de dónde vienen estas palabras</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No number is marked “call for fever” yet. Call the number your care team gave you for fevers, and add it here so it is ready next time.</source>
        <translation>Todavía no hay ningún número marcado como «Llamar por fiebre». Llame al número que le dio su equipo de atención para la fiebre y añádalo aquí para tenerlo listo la próxima vez.</translation>
    </message>
    <message>
        <source>If your child seems very unwell, do not wait: call your local emergency number.</source>
        <translation>Si su hijo o hija parece muy enfermo, no espere: llame a su número local de emergencias.</translation>
    </message>
    <message>
        <source>If your child seems very unwell, do not wait: call %1.</source>
        <translation>Si su hijo o hija parece muy enfermo, no espere: llame al %1.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Fuentes: %1.</translation>
    </message>
    <message>
        <source>%1 is at or above %2. Your saved fever rules could not be read, so Companion uses a common rule (%3). Enter your team&apos;s rules again.</source>
        <translation>%1 está en %2 o más. No se pudieron leer las reglas de fiebre que guardó, así que Companion usa una regla habitual (%3). Vuelva a escribir las reglas de su equipo.</translation>
    </message>
    <message>
        <source>%1 is at or above %2. Companion uses a common rule (%3) until you enter your care team&apos;s own: ask them for it.</source>
        <translation>%1 está en %2 o más. Companion usa una regla habitual (%3) hasta que usted escriba la de su equipo de atención: pídasela.</translation>
    </message>
    <message>
        <source>%1 is at or above %2, the fever rule your care team gave you.</source>
        <translation>%1 está en %2 o más, la regla de fiebre que le dio su equipo de atención.</translation>
    </message>
    <message>
        <source>Your child&apos;s temperature has been %1 or more since %2 (%3). Latest: %4.</source>
        <translation>La temperatura de su hijo o hija ha estado en %1 o más desde las %2 (%3). La última: %4.</translation>
    </message>
    <message>
        <source>%1 is at or below %2. A low temperature can also be a sign of infection.</source>
        <translation>%1 está en %2 o menos. Una temperatura baja también puede ser señal de infección.</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>Temperatura: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Tomada: %1</translation>
    </message>
    <message>
        <source>When: %1 (%2)</source>
        <translation>Cuándo: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more since %2</source>
        <translation>%1 o más desde las %2</translation>
    </message>
    <message>
        <source>Fever medicine given: %1</source>
        <translation>Medicamento para la fiebre dado: %1</translation>
    </message>
    <message>
        <source>Fever medicine given: none noted</source>
        <translation>Medicamento para la fiebre dado: no se anotó ninguno</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
</context>
<context>
    <name>FeverRulesView</name>
    <message>
        <source>Fever rules</source>
        <translation>Reglas de fiebre</translation>
    </message>
    <message>
        <source>Your care team tells you when to call them about a temperature. Type their rules here. After each temperature you save, Companion checks these rules and shows a “Call your care team now” card when one is met.</source>
        <translation>Su equipo de atención le dice cuándo llamarlo por una temperatura. Escriba aquí sus reglas. Después de cada temperatura que guarde, Companion revisa estas reglas y muestra una tarjeta «Llame ahora a su equipo de atención» cuando se cumple una.</translation>
    </message>
    <message>
        <source>If you have not entered your team&apos;s rules, Companion uses: call for one reading of %1 °C (%2 °F) or more. Source: %3.</source>
        <translation>Si no ha escrito las reglas de su equipo, Companion usa: llamar con una medición de %1 °C (%2 °F) o más. Fuente: %3.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Call at this temperature or above</source>
        <translation>Llamar con esta temperatura o más</translation>
    </message>
    <message>
        <source>Also call when it stays at or above</source>
        <translation>Llamar también si se mantiene en esta o más</translation>
    </message>
    <message>
        <source>Lower temperature that must not last</source>
        <translation>Temperatura más baja que no debe durar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>For this long</source>
        <translation>Durante este tiempo</translation>
    </message>
    <message>
        <source>Also call at this temperature or below</source>
        <translation>Llamar también con esta temperatura o menos</translation>
    </message>
    <message>
        <source>Low temperature to call about</source>
        <translation>Temperatura baja por la que llamar</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Call at or &amp;above:</source>
        <translation>Llamar con esta o &amp;más:</translation>
    </message>
    <message>
        <source>Fever rules status</source>
        <translation>Estado de las reglas de fiebre</translation>
    </message>
    <message>
        <source>Save fever rules</source>
        <translation>Guardar las reglas de fiebre</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Usar la regla predeterminada</translation>
    </message>
    <message>
        <source>These are your team&apos;s rules.</source>
        <translation>Estas son las reglas de su equipo.</translation>
    </message>
    <message>
        <source>Using the default rule. Enter your team&apos;s rules if they differ.</source>
        <translation>Se usa la regla predeterminada. Escriba las reglas de su equipo si son distintas.</translation>
    </message>
    <message>
        <source>Not saved. The rules you had before still apply.</source>
        <translation>No se guardó. Siguen valiendo las reglas que tenía antes.</translation>
    </message>
    <message>
        <source>Saved. New temperatures are checked against these rules.</source>
        <translation>Guardado. Las nuevas temperaturas se revisan con estas reglas.</translation>
    </message>
    <message>
        <source>The “stays at or above” temperature must be lower than the first one.</source>
        <translation>La temperatura de «se mantiene en esta o más» debe ser más baja que la primera.</translation>
    </message>
    <message>
        <source>The low temperature must be below the fever temperatures.</source>
        <translation>La temperatura baja debe estar por debajo de las temperaturas de fiebre.</translation>
    </message>
    <message>
        <source>These numbers do not look like body temperatures. Check them again.</source>
        <translation>Estos números no parecen temperaturas del cuerpo. Revíselos otra vez.</translation>
    </message>
</context>
<context>
    <name>FeverWatch</name>
    <message>
        <source>Copied.</source>
        <extracomment>How many closed alerts are remembered (by reading id) so they do not pop up again. The card appeared or went: the page re-fits what is below it.</extracomment>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Add the number to call for a fever</source>
        <translation>Añadir el número al que llamar por fiebre</translation>
    </message>
    <message>
        <source>Added to your care team.</source>
        <translation>Añadido a su equipo de atención.</translation>
    </message>
</context>
<context>
    <name>FirstReading</name>
    <message>
        <source>Is your child hot? Check a temperature now; set up the journal after.</source>
        <translation>¿Nota caliente a su hijo o hija? Compruebe una temperatura ahora y prepare el diario después.</translation>
    </message>
    <message>
        <source>Set up the journal to keep it</source>
        <translation>Preparar el diario para guardarla</translation>
    </message>
    <message>
        <source>This reading is only on the screen for now. It is saved in the journal when you set it up (it takes a minute).</source>
        <translation>Por ahora, esta medición solo está en la pantalla. Se guarda en el diario cuando usted lo prepare (tarda un minuto).</translation>
    </message>
    <message>
        <source>Your reading of %1 is saved in the journal once it is set up.</source>
        <translation>Su medición de %1 se guarda en el diario en cuanto esté preparado.</translation>
    </message>
</context>
<context>
    <name>FolderNotice</name>
    <message>
        <source>Problem with Companion&apos;s folder</source>
        <translation>Problema con la carpeta de Companion</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
</context>
<context>
    <name>GlossaryCategory</name>
    <message>
        <source>Where things stand</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Cómo están las cosas</translation>
    </message>
    <message>
        <source>Cancer types</source>
        <translation>Tipos de cáncer</translation>
    </message>
    <message>
        <source>Cells and genes</source>
        <translation>Células y genes</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Pruebas y escáneres</translation>
    </message>
    <message>
        <source>Blood and counts</source>
        <translation>Sangre y conteos</translation>
    </message>
    <message>
        <source>How treatment is working</source>
        <translation>Cómo está funcionando el tratamiento</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>Groups and organizations</source>
        <translation>Grupos y organizaciones</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Transplant and cell therapy</source>
        <translation>Trasplante y terapia celular</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Lines and devices</source>
        <translation>Vías y dispositivos</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Su equipo de atención</translation>
    </message>
    <message>
        <source>Day to day and after treatment</source>
        <translation>El día a día y después del tratamiento</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Glossary</source>
        <extracomment>A program name (&quot;MIBG therapy&quot;): show the centers whose pages say they offer it.</extracomment>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Glossary message</source>
        <translation>Mensaje del glosario</translation>
    </message>
    <message>
        <source>Opening the glossary…</source>
        <translation>Abriendo el glosario…</translation>
    </message>
    <message>
        <source>Search for a word, e.g. relapse or CAR T</source>
        <translation>Busque una palabra, p. ej. recaída o CAR T</translation>
    </message>
    <message>
        <source>Search for a word</source>
        <translation>Busque una palabra</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Buscar en el glosario</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Show words</source>
        <translation>Mostrar palabras</translation>
    </message>
    <message>
        <source>Number of words shown</source>
        <translation>Número de palabras mostradas</translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation>Palabras del glosario</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>The words in this language could not be opened.</source>
        <translation>No se pudieron abrir las palabras en este idioma.</translation>
    </message>
    <message>
        <source>All words, A to Z</source>
        <translation>Todas, de la A a la Z</translation>
    </message>
    <message>
        <source>★ My words</source>
        <translation>★ Mis palabras</translation>
    </message>
    <message>
        <source>The glossary could not be opened. Everything else in Companion works as usual.</source>
        <translation>No se pudo abrir el glosario. Todo lo demás de Companion funciona como siempre.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Added %1 to the walk-through.</source>
        <translation>Se añadió %1 al recorrido.</translation>
    </message>
    <message>
        <source>Added to My words.</source>
        <translation>Añadida a Mis palabras.</translation>
    </message>
    <message>
        <source>Removed from My words.</source>
        <translation>Quitada de Mis palabras.</translation>
    </message>
    <message>
        <source>No word matches your search.</source>
        <translation>Ninguna palabra coincide con su búsqueda.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>¿Quiso decir:</translation>
    </message>
    <message>
        <source>Try fewer letters, or pick a word from the list after clearing the search.</source>
        <translation>Pruebe con menos letras, o elija una palabra de la lista después de borrar la búsqueda.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Made on %1</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Words from today</source>
        <translation>Palabras de hoy</translation>
    </message>
    <message>
        <source>Each word is explained in full in the Companion glossary.</source>
        <translation>Cada palabra se explica completa en el glosario de Companion.</translation>
    </message>
    <message>
        <source>Page %1 of %2 - %3</source>
        <translation>Página %1 de %2 - %3</translation>
    </message>
    <message>
        <source>This handout gives information, not medical advice. Ask your care team about your child&apos;s care.</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Esta hoja da información, no consejo médico. Pregunte a su equipo de atención sobre el cuidado de su hijo o hija.</translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation>Se pronuncia: %1</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message>
        <source>You could ask:</source>
        <translation>Podría preguntar:</translation>
    </message>
    <message>
        <source>Your care team’s number:</source>
        <extracomment>How the handout shortens to fit two pages: (detail of the words, how sources are listed). Sources shorten first (publisher and title, then publishers only), then the words lose their questions, &quot;why it matters&quot;, and the longer explanations, in that order.</extracomment>
        <translation>Número de su equipo de atención:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source># User guide

The user guide could not be found in this installation.</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation># Guía de uso

No se encontró la guía de uso en esta instalación.</translation>
    </message>
    <message>
        <source>Companion user guide</source>
        <translation>Guía de uso de Companion</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Companion %1&lt;/h2&gt;&lt;p&gt;A calm helper for families whose child has cancer that came back or did not respond to treatment: a glossary of the words you hear, a private journal, and a directory of specialist centers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Companion gives information, not medical advice.&lt;/b&gt; Always follow your child&apos;s care team. &lt;b&gt;In an emergency, call your care team or emergency services (911 in the US, 999 or 112 in the UK) right away.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your journal is encrypted and stays on this computer. Companion never uses the internet.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Companion %1&lt;/h2&gt;&lt;p&gt;Una ayuda tranquila para familias cuyo hijo o hija tiene un cáncer que volvió o que no respondió al tratamiento: un glosario de las palabras que usted oye, un diario privado y un directorio de centros especializados.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Companion da información, no consejo médico.&lt;/b&gt; Siga siempre al equipo de atención de su hijo o hija. &lt;b&gt;En una emergencia, llame de inmediato a su equipo de atención o a los servicios de emergencia (911 en los EE. UU., 999 o 112 en el Reino Unido).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Su diario está cifrado y se queda en esta computadora. Companion nunca usa internet.&lt;/p&gt;&lt;p&gt;Sus datos se guardan en:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Acerca de Companion</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>by mouth</source>
        <extracomment>A title or detail builder: (record, names, tr) -&gt; text.</extracomment>
        <translation>por la boca</translation>
    </message>
    <message>
        <source>under the arm</source>
        <translation>debajo del brazo</translation>
    </message>
    <message>
        <source>in the ear</source>
        <translation>en el oído</translation>
    </message>
    <message>
        <source>on the forehead</source>
        <translation>en la frente</translation>
    </message>
    <message>
        <source>Fever: at or above the fever rule</source>
        <translation>Fiebre: en la regla de fiebre o más</translation>
    </message>
    <message>
        <source>Fever: raised temperature for too long</source>
        <translation>Fiebre: temperatura alta durante demasiado tiempo</translation>
    </message>
    <message>
        <source>Low temperature alert</source>
        <translation>Alerta de temperatura baja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Respondida: %1</translation>
    </message>
    <message>
        <source>someone no longer on the list</source>
        <translation>alguien que ya no está en la lista</translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation>dada por %1</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>empieza %1</translation>
    </message>
    <message>
        <source>Treatment day</source>
        <translation>Día de tratamiento</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Medicine given</source>
        <translation>Medicamento dado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Care-team contact</source>
        <translation>Contacto del equipo de atención</translation>
    </message>
    <message>
        <source>Fever alert</source>
        <translation>Alerta de fiebre</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>Treatment cycle</source>
        <translation>Ciclo de tratamiento</translation>
    </message>
    <message>
        <source>Call the team</source>
        <translation>Llamar al equipo</translation>
    </message>
    <message>
        <source>Your child</source>
        <extracomment>A child not named yet (the same words as in :mod:`companion.journal.locked`).</extracomment>
        <translation>Su hijo o hija</translation>
    </message>
    <message>
        <source>Your care team</source>
        <extracomment>What was noted before the journal existed: a reading and the fever number (E.164), if any.</extracomment>
        <translation>Su equipo de atención</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Día %1 de %2</translation>
    </message>
    <message>
        <source>if the counts allow</source>
        <translation>si los conteos lo permiten</translation>
    </message>
    <message>
        <source>WBC</source>
        <extracomment>The values in the order a sheet lists them, with their short names.</extracomment>
        <translation>Glóbulos blancos</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>Hemoglobina</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <source>ALC</source>
        <translation>RAL</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>Conteo de sangre</translation>
    </message>
    <message>
        <source>ANC worked out from the WBC, segs and bands</source>
        <translation>RAN calculado a partir de los glóbulos blancos, segmentados y cayados</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>ciclo %1</translation>
    </message>
</context>
<context>
    <name>JournalForms</name>
    <message>
        <source>+ Symptom</source>
        <extracomment>Every kind with a form, quick-add buttons in the order the page shows them.</extracomment>
        <translation>+ Síntoma</translation>
    </message>
    <message>
        <source>+ Temperature</source>
        <translation>+ Temperatura</translation>
    </message>
    <message>
        <source>+ Dose given</source>
        <translation>+ Dosis dada</translation>
    </message>
    <message>
        <source>+ Blood count</source>
        <translation>+ Conteo de sangre</translation>
    </message>
    <message>
        <source>+ Appointment</source>
        <translation>+ Cita</translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation>+ Nota</translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation>+ Pregunta</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <extracomment>One thing Undo can take back: message, the undo itself, and the (kind, id) it restores.</extracomment>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Whose journal</source>
        <translation>De quién es el diario</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Add to the journal</source>
        <translation>Añadir al diario</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>The page&apos;s keys (quick-add and Undo), active wherever focus is in the window.</extracomment>
        <translation>Más</translation>
    </message>
    <message>
        <source>More journal actions</source>
        <translation>Más acciones del diario</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Añadir un niño o niña</translation>
    </message>
    <message>
        <source>Edit this child</source>
        <translation>Editar este niño o niña</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Export appointments to a calendar…</source>
        <translation>Exportar las citas a un calendario…</translation>
    </message>
    <message>
        <source>Export entries to a spreadsheet (CSV)…</source>
        <translation>Exportar las anotaciones a una hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Export the whole journal (JSON)…</source>
        <translation>Exportar todo el diario (JSON)…</translation>
    </message>
    <message>
        <source>Import a journal file (JSON)…</source>
        <translation>Importar un archivo de diario (JSON)…</translation>
    </message>
    <message>
        <source>Journal pages</source>
        <translation>Páginas del diario</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicinas</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteos</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Visits and questions</source>
        <translation>Visitas y preguntas</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <source>Privacy and backups</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Welcome. First, add your child.</source>
        <translation>Bienvenido. Primero, añada a su hijo o hija.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Eliminado: %1.</translation>
    </message>
    <message>
        <source>Ctrl+Z to undo.</source>
        <translation>Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Anotado: %1.</translation>
    </message>
    <message>
        <source>Fever rules saved.</source>
        <translation>Reglas de fiebre guardadas.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Save or cancel the open form first, then search.</source>
        <translation>Primero guarde o cancele el formulario abierto, y luego busque.</translation>
    </message>
    <message>
        <source>A temperature taken while the journal was locked is now in it.</source>
        <translation>Una temperatura tomada mientras el diario estaba bloqueado ya está en él.</translation>
    </message>
    <message numerus="yes">
        <source>%n temperatures taken while the journal was locked are now in it.</source>
        <translation>
            <numerusform>%n temperatura tomada mientras el diario estaba bloqueado ya está en él.</numerusform>
            <numerusform>%n temperaturas tomadas mientras el diario estaba bloqueado ya están en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temperature logged while the journal was locked could not be read: its file was changed or cut short, so it was left out. Everything else in the journal is as it was.</source>
        <translation>No se pudo leer una temperatura anotada mientras el diario estaba bloqueado: su archivo se cambió o quedó cortado, así que se dejó fuera. Todo lo demás del diario está como estaba.</translation>
    </message>
    <message>
        <source>The journal file looks damaged. The Journal section shows how to restore a backup.</source>
        <translation>El archivo del diario parece dañado. La sección Diario muestra cómo restaurar una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Glossary language</source>
        <extracomment>The glossary&apos;s languages as the menu names them, each in its own language.</extracomment>
        <translation>Idioma del glosario</translation>
    </message>
    <message>
        <source>The language the words are explained in</source>
        <translation>El idioma en que se explican las palabras</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Como la computadora</translation>
    </message>
    <message>
        <source>Restart Companion?</source>
        <extracomment>What the restart question answered last (tests read it; None: not asked).</extracomment>
        <translation>¿Reiniciar Companion?</translation>
    </message>
    <message>
        <source>Companion will be in %1 after it restarts.</source>
        <translation>Companion estará en %1 cuando se reinicie.</translation>
    </message>
    <message>
        <source>Your journal locks while Companion restarts. Nothing you saved is lost.</source>
        <translation>Su diario se bloquea mientras Companion se reinicia. No se pierde nada de lo que guardó.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Save the open form?</source>
        <translation>¿Guardar el formulario abierto?</translation>
    </message>
    <message>
        <source>A journal form is open. Save it before Companion restarts?</source>
        <translation>Hay un formulario del diario abierto. ¿Guardarlo antes de que Companion se reinicie?</translation>
    </message>
    <message>
        <source>Save and restart</source>
        <translation>Guardar y reiniciar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>LetterBar</name>
    <message>
        <source>Words by first letter</source>
        <extracomment>A clear ring on the letter that has the focus, in the palette&apos;s text colour (light and dark).</extracomment>
        <translation>Palabras por primera letra</translation>
    </message>
    <message>
        <source>Words starting with %1</source>
        <translation>Palabras que empiezan por %1</translation>
    </message>
</context>
<context>
    <name>LockChoicePage</name>
    <message>
        <source>Create the journal</source>
        <translation>Crear el diario</translation>
    </message>
    <message>
        <source>Setting up and locking your journal. This takes a few seconds…</source>
        <translation>Preparando y bloqueando su diario. Tarda unos segundos…</translation>
    </message>
    <message>
        <source>Setting up the journal</source>
        <translation>Preparando el diario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala otra vez</translation>
    </message>
    <message>
        <source>Use a password for the journal</source>
        <translation>Usar una contraseña para el diario</translation>
    </message>
    <message>
        <source>Open without a password on this computer</source>
        <translation>Abrir sin contraseña en esta computadora</translation>
    </message>
    <message>
        <source>Checking whether this computer has a safe place for the key…</source>
        <translation>Comprobando si esta computadora tiene un lugar seguro para la clave…</translation>
    </message>
    <message>
        <source>About opening without a password</source>
        <translation>Sobre abrir sin contraseña</translation>
    </message>
    <message>
        <source>Show emergency information on the locked screen</source>
        <translation>Mostrar la información de emergencia en la pantalla bloqueada</translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation>Usar una contraseña</translation>
    </message>
    <message>
        <source>Best on a computer other people use.</source>
        <translation>Lo mejor en una computadora que usan otras personas.</translation>
    </message>
    <message>
        <source>Open without a password</source>
        <translation>Abrir sin contraseña</translation>
    </message>
    <message>
        <source>Show emergency information</source>
        <translation>Mostrar información de emergencia</translation>
    </message>
    <message>
        <source>On the locked screen: your child&apos;s first name, the fever rule and your care team&apos;s fever number, so a grandparent or a babysitter sees them without the password. Anyone at this computer can read them. Everything else stays locked. You can change this or turn it off at any time in Privacy and backups.</source>
        <translation>En la pantalla bloqueada: el nombre de su hijo o hija, la regla de fiebre y el número para la fiebre de su equipo de atención, para que un abuelo o una niñera los vean sin la contraseña. Cualquier persona en esta computadora puede leerlos. Todo lo demás sigue bloqueado. Puede cambiarlo o desactivarlo en cualquier momento en Privacidad y copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the journal from a backup</source>
        <translation>Restaurar el diario desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Set up your private journal</source>
        <translation>Prepare su diario privado</translation>
    </message>
    <message>
        <source>The journal keeps temperatures, medicines and notes about your child locked on this computer; Companion never sends them anywhere. It opens with a password for the journal: a new one, not your email or computer password.</source>
        <translation>El diario guarda bajo llave en esta computadora las temperaturas, los medicamentos y las notas sobre su hijo o hija; Companion nunca los envía a ningún sitio. Se abre con una contraseña para el diario: una nueva, no la de su correo electrónico ni la de su computadora.</translation>
    </message>
    <message>
        <source>Kept a journal on another computer?</source>
        <translation>¿Llevaba un diario en otra computadora?</translation>
    </message>
    <message>
        <source>New password for the journal</source>
        <translation>Nueva contraseña para el diario</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Escriba la contraseña otra vez</translation>
    </message>
    <message>
        <source>Show the password as I type</source>
        <translation>Mostrar la contraseña mientras escribo</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <source>Do the two passwords match</source>
        <translation>¿Coinciden las dos contraseñas?</translation>
    </message>
    <message>
        <source>Password for the journal</source>
        <translation>Contraseña del diario</translation>
    </message>
    <message>
        <source>A few everyday words you can picture, like a short sentence, are easy to remember and hard to guess. At least 8 letters or numbers.</source>
        <translation>Unas cuantas palabras de todos los días que pueda imaginar, como una frase corta, son fáciles de recordar y difíciles de adivinar. Al menos 8 letras o números.</translation>
    </message>
    <message>
        <source>This computer keeps the journal&apos;s key in its own safe place for keys (its keyring), so the journal opens without typing. Anyone who can sign in to this computer as you can then open it. Best on a computer only you use.</source>
        <translation>Esta computadora guarda la clave del diario en su propio lugar seguro para claves (su llavero), así el diario se abre sin escribir nada. Cualquiera que pueda entrar en esta computadora con su usuario podrá abrirlo. Es mejor en una computadora que solo usa usted.</translation>
    </message>
    <message>
        <source>Not offered here: this computer has no safe place for the key that Companion can use, so please choose a password.</source>
        <translation>No se ofrece aquí: esta computadora no tiene un lugar seguro para la clave que Companion pueda usar, así que elija una contraseña.</translation>
    </message>
    <message>
        <source>Not offered here: this computer&apos;s safe place for keys did not answer, so please choose a password.</source>
        <translation>No se ofrece aquí: el lugar seguro para claves de esta computadora no respondió, así que elija una contraseña.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 letters or numbers.</source>
        <translation>Demasiado corta: use al menos 8 letras o números.</translation>
    </message>
    <message>
        <source>Too easy to guess: try a few everyday words instead.</source>
        <translation>Demasiado fácil de adivinar: pruebe con unas cuantas palabras de todos los días.</translation>
    </message>
    <message>
        <source>Fair. Another word would make it stronger.</source>
        <translation>Aceptable. Otra palabra la haría más segura.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <source>The two passwords match.</source>
        <translation>Las dos contraseñas coinciden.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Las dos contraseñas todavía no son iguales.</translation>
    </message>
    <message>
        <source>This computer&apos;s safe place for keys did not answer, so the journal was not created. Please choose a password instead.</source>
        <translation>El lugar seguro para claves de esta computadora no respondió, así que el diario no se creó. Elija una contraseña en su lugar.</translation>
    </message>
    <message>
        <source>A journal already exists in this folder. Unlock it instead.</source>
        <translation>Ya existe un diario en esta carpeta. Desbloquéelo en su lugar.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <extracomment>The keyring gives up after 3 s a call (turning on makes two); this is the window&apos;s backstop.</extracomment>
        <translation>Muy corta: use al menos 8 caracteres.</translation>
    </message>
</context>
<context>
    <name>LockedExtras</name>
    <message>
        <source>Is the child hot? Anyone here can check a temperature without the password. It is kept locked and added to the journal the next time it is opened.</source>
        <translation>¿Nota caliente al niño o niña? Cualquiera aquí puede comprobar una temperatura sin la contraseña. Se guarda bloqueada y se añade al diario la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Keeping this reading locked for the journal…</source>
        <translation>Guardando esta medición bloqueada para el diario…</translation>
    </message>
    <message>
        <source>This reading is kept locked: it goes into the journal the next time the journal is opened. Nobody can read it without the password.</source>
        <translation>Esta medición se guarda bloqueada: pasará al diario la próxima vez que se abra el diario. Nadie puede leerla sin la contraseña.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Companion (demo)</source>
        <translation>Companion (demostración)</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Centers &amp; contacts</source>
        <translation>Centros y contactos</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock journal</source>
        <translation>&amp;Bloquear el diario</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation>&amp;Acerca de Companion</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Tamaño del texto %1%</translation>
    </message>
    <message>
        <source>Journal unlocked</source>
        <translation>Diario desbloqueado</translation>
    </message>
    <message>
        <source>Journal locked</source>
        <translation>Diario bloqueado</translation>
    </message>
</context>
<context>
    <name>MedicineForm</name>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add a medicine to the list</source>
        <translation>Añadir un medicamento a la lista</translation>
    </message>
    <message>
        <source>As written on the label</source>
        <translation>Como está escrito en la etiqueta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>For example: 1 tablet, 5 ml</source>
        <translation>Por ejemplo: 1 tableta, 5 ml</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>For example: twice a day, with food</source>
        <translation>Por ejemplo: dos veces al día, con comida</translation>
    </message>
    <message>
        <source>e.g. twice a day</source>
        <translation>p. ej. dos veces al día</translation>
    </message>
    <message>
        <source>&amp;When to give:</source>
        <translation>&amp;Cuándo darlo:</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Solo cuando haga falta</translation>
    </message>
    <message>
        <source>As needed:</source>
        <translation>Cuando haga falta:</translation>
    </message>
    <message>
        <source>Still taking it</source>
        <translation>Todavía lo toma</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actual:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>At least this long between doses (from your care team):</source>
        <translation>Tiempo mínimo entre dosis (según su equipo de atención):</translation>
    </message>
    <message>
        <source>One dose, as a number (for the supply):</source>
        <translation>Una dosis, como número (para saber cuánto queda):</translation>
    </message>
    <message>
        <source>For example: mL, tablets</source>
        <translation>Por ejemplo: mL, tabletas</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Amount at home:</source>
        <translation>Cantidad en casa:</translation>
    </message>
    <message>
        <source>Doses a day:</source>
        <translation>Dosis al día:</translation>
    </message>
    <message>
        <source>Type the medicine&apos;s name.</source>
        <translation>Escriba el nombre del medicamento.</translation>
    </message>
</context>
<context>
    <name>MedicineRow</name>
    <message>
        <source>only when needed</source>
        <translation>solo cuando haga falta</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>Give anyway</source>
        <translation>Dar de todos modos</translation>
    </message>
    <message>
        <source>Don&apos;t give</source>
        <translation>No dar</translation>
    </message>
    <message>
        <source>Given now</source>
        <translation>Dado ahora</translation>
    </message>
    <message>
        <source>%1: given now</source>
        <translation>%1: dado ahora</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
    <message>
        <source>Medicines</source>
        <translation>Medicinas</translation>
    </message>
    <message>
        <source>Show stopped medicines</source>
        <translation>Mostrar suspendidas</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir medicina</translation>
    </message>
    <message>
        <source>Log a dose at another time</source>
        <translation>Anotar una dosis a otra hora</translation>
    </message>
    <message>
        <source>Doses given by</source>
        <translation>Dosis dadas por</translation>
    </message>
    <message>
        <source>Caregivers…</source>
        <translation>Cuidadores…</translation>
    </message>
    <message>
        <source>No medicines on the list yet.</source>
        <translation>Todavía no hay medicamentos en la lista.</translation>
    </message>
    <message>
        <source>Given today</source>
        <translation>Dados hoy</translation>
    </message>
    <message>
        <source>Medicines given today</source>
        <translation>Medicamentos dados hoy</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Dada por:</translation>
    </message>
    <message>
        <source>Nothing logged yet today.</source>
        <translation>Todavía no se anotó nada hoy.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Cuidadores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Since you last looked</source>
        <translation>Desde la última vez que miró</translation>
    </message>
    <message numerus="yes">
        <source>%n new or changed entries from the other computers:</source>
        <translation>
            <numerusform>%n anotación nueva o cambiada de las otras computadoras:</numerusform>
            <numerusform>%n anotaciones nuevas o cambiadas de las otras computadoras:</numerusform>
        </translation>
    </message>
    <message>
        <source>New or changed entries</source>
        <translation>Anotaciones nuevas o cambiadas</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What happened today?</source>
        <translation>¿Qué pasó hoy?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>This note is too long to save: it has %1 characters, and a note can hold %2. Please split it into two notes. Nothing you typed is lost.</source>
        <translation>Esta nota es demasiado larga para guardarla: tiene %1 caracteres y una nota admite %2. Divídala en dos notas. No se pierde nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>PageAge</name>
    <message>
        <source>less than a year ago</source>
        <translation>hace menos de un año</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Password for the journal</source>
        <translation>Contraseña del diario</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>¿La olvidó? Use su código de recuperación</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Su diario está bloqueado</translation>
    </message>
    <message>
        <source>Type the password for the journal (the one chosen when it was set up), then press Enter.</source>
        <translation>Escriba la contraseña del diario (la que se eligió al prepararlo) y luego pulse Intro.</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>Escriba la nueva contraseña otra vez</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passwords as I type</source>
        <translation>Mostrar las contraseñas mientras escribo</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <source>Do the two new passwords match</source>
        <translation>¿Coinciden las dos nuevas contraseñas?</translation>
    </message>
    <message>
        <source>Locking the journal with the new password. This takes a few seconds…</source>
        <translation>Bloqueando el diario con la nueva contraseña. Tarda unos segundos…</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Cambiando la contraseña</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Mensaje sobre la contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Add a password</source>
        <translation>Añadir una contraseña</translation>
    </message>
    <message>
        <source>This journal opens only by itself on this computer, or with the recovery code. A password also opens it when this computer does not, and opens your backups on another computer.</source>
        <translation>Este diario solo se abre por sí solo en esta computadora, o con el código de recuperación. Una contraseña también lo abre cuando esta computadora no lo hace, y abre sus copias de seguridad en otra computadora.</translation>
    </message>
    <message>
        <source>Add the password</source>
        <translation>Añadir la contraseña</translation>
    </message>
    <message>
        <source>The two new passwords match.</source>
        <translation>Las dos nuevas contraseñas coinciden.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same yet.</source>
        <translation>Las dos nuevas contraseñas todavía no son iguales.</translation>
    </message>
    <message>
        <source>Please type your current password first.</source>
        <translation>Primero escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>Your password is added. The journal now also opens with it.</source>
        <translation>Se añadió su contraseña. El diario ahora también se abre con ella.</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from now on. Backups saved before now still open with the old one, or with your recovery code.</source>
        <translation>Se cambió su contraseña. Use la nueva desde ahora. Las copias de seguridad guardadas antes todavía se abren con la anterior, o con su código de recuperación.</translation>
    </message>
    <message>
        <source>Password saved.</source>
        <translation>Contraseña guardada.</translation>
    </message>
    <message>
        <source>That is not your current password. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>Esa no es su contraseña actual. Compruebe que Bloq Mayús está desactivado y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>To change it, type the one you use now, then the new one twice. A few everyday words you can picture are easy to remember and hard to guess.</source>
        <translation>Para cambiarla, escriba la que usa ahora y luego la nueva dos veces. Unas cuantas palabras de todos los días que pueda imaginar son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
</context>
<context>
    <name>PhoneButton</name>
    <message>
        <source>Click, or press Enter, to copy this number</source>
        <extracomment>Minimum height in pixels of anything a shaky hand must hit.</extracomment>
        <translation>Haga clic, o pulse Intro, para copiar este número</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Confirmación de copia</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Copy phone number %1</source>
        <translation>Copiar el número de teléfono %1</translation>
    </message>
    <message>
        <source>Show the number as %1</source>
        <translation>Mostrar el número como %1</translation>
    </message>
    <message>
        <source>Show this number as %1</source>
        <translation>Mostrar este número como %1</translation>
    </message>
    <message>
        <source>Show national format</source>
        <translation>Mostrar formato nacional</translation>
    </message>
    <message>
        <source>Show international format</source>
        <translation>Mostrar formato internacional</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Copy the plan from your team&apos;s roadmap: each cycle&apos;s day 1, and what is given on which day. Companion keeps the team&apos;s words; it never works out a dose.</source>
        <translation>Copie el plan del calendario de tratamiento de su equipo: el día 1 de cada ciclo y qué se da cada día. Companion conserva las palabras del equipo; nunca calcula una dosis.</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Upcoming treatment days</source>
        <translation>Próximos días de tratamiento</translation>
    </message>
    <message>
        <source>Add a cycle</source>
        <translation>Añadir un ciclo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the chosen cycle</source>
        <translation>Editar el ciclo elegido</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Move by how many days</source>
        <translation>Cuántos días mover</translation>
    </message>
    <message>
        <source>Move this and later cycles</source>
        <translation>Mover este ciclo y los siguientes</translation>
    </message>
    <message>
        <source>Move the chosen cycle and every later day</source>
        <translation>Mover el ciclo elegido y todos los días siguientes</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>%1 · day 1: %2</source>
        <translation>%1 · día 1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No planned treatment days ahead.</source>
        <translation>No hay días de tratamiento planeados más adelante.</translation>
    </message>
    <message>
        <source>Choose a cycle, and how many days to move it.</source>
        <translation>Elija un ciclo y cuántos días moverlo.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n cycles and their days.</source>
        <translation>
            <numerusform>Se movió %n ciclo con sus días.</numerusform>
            <numerusform>Se movieron %n ciclos con sus días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>MIBG therapy</source>
        <extracomment>Reading width of the detail pane: long lines are hard to follow when tired.</extracomment>
        <translation>Terapia con MIBG</translation>
    </message>
    <message>
        <source>CAR T-cell therapy</source>
        <translation>Terapia con células CAR T</translation>
    </message>
    <message>
        <source>COG Phase I</source>
        <translation>Fase I del COG</translation>
    </message>
    <message>
        <source>NANT</source>
        <translation>NANT</translation>
    </message>
    <message>
        <source>TACL</source>
        <translation>TACL</translation>
    </message>
    <message>
        <source>Bone marrow transplant</source>
        <translation>Trasplante de médula ósea</translation>
    </message>
    <message>
        <source>Sequencing / precision medicine</source>
        <translation>Secuenciación / medicina de precisión</translation>
    </message>
    <message>
        <source>Second opinions</source>
        <translation>Segundas opiniones</translation>
    </message>
    <message>
        <source>Survivorship</source>
        <translation>Supervivencia</translation>
    </message>
    <message>
        <source>Children&apos;s Oncology Group Phase I studies</source>
        <translation>Estudios de fase I del Children&apos;s Oncology Group</translation>
    </message>
    <message>
        <source>New Approaches to Neuroblastoma Therapy consortium</source>
        <translation>Consorcio New Approaches to Neuroblastoma Therapy (NANT)</translation>
    </message>
    <message>
        <source>Therapeutic Advances in Childhood Leukemia consortium</source>
        <translation>Consorcio Therapeutic Advances in Childhood Leukemia (TACL)</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>New question for the care team</source>
        <translation>Nueva pregunta para el equipo de atención</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation>¿Qué quiere preguntar?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>The team has answered it</source>
        <translation>El equipo ya la respondió</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Respondida:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>¿Qué le dijeron?</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Type the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
</context>
<context>
    <name>QuickReading</name>
    <message>
        <source>Is your child hot? Check a temperature here. No password needed.</source>
        <translation>¿Nota caliente a su hijo o hija? Compruebe aquí una temperatura. No hace falta contraseña.</translation>
    </message>
    <message>
        <source>Which child</source>
        <translation>Qué niño o niña</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>How it was taken</source>
        <translation>Cómo se tomó</translation>
    </message>
    <message>
        <source>Under the arm</source>
        <translation>Debajo del brazo</translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation>Boca</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>Oído</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check this temperature</source>
        <translation>Comprobar esta temperatura</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type the number the thermometer shows, between %1 and %2 °%3.</source>
        <translation>Escriba el número que muestra el termómetro, entre %1 y %2 °%3.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Keep in my words</source>
        <translation>Guardar en mis palabras</translation>
    </message>
    <message>
        <source>Add to walk-through</source>
        <translation>Añadir al recorrido</translation>
    </message>
    <message>
        <source>Open the walk-through</source>
        <translation>Abrir el recorrido</translation>
    </message>
    <message>
        <source>Word explanation</source>
        <translation>Explicación de la palabra</translation>
    </message>
    <message>
        <source>Type a word you have heard, or pick one from the list.</source>
        <translation>Escriba una palabra que haya oído, o elija una de la lista.</translation>
    </message>
    <message>
        <source>Down and Up move through the list, Enter opens a word, Esc clears.</source>
        <translation>Abajo y Arriba recorren la lista, Intro abre una palabra, Esc borra.</translation>
    </message>
    <message>
        <source>Press ☆ to keep a word in My words.</source>
        <translation>Pulse ☆ para guardar una palabra en Mis palabras.</translation>
    </message>
    <message>
        <source>Words you may hear</source>
        <translation>Palabras que puede oír</translation>
    </message>
    <message>
        <source>★ In my words</source>
        <translation>★ En mis palabras</translation>
    </message>
    <message>
        <source>☆ Add to my words</source>
        <translation>☆ Añadir a mis palabras</translation>
    </message>
    <message>
        <source>Walk-through (%1)</source>
        <translation>Recorrido (%1)</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Revisado el %1</translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation>Se pronuncia: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Questions you could ask your care team</source>
        <translation>Preguntas que puede hacerle a su equipo de atención</translation>
    </message>
    <message>
        <source>Related words</source>
        <translation>Palabras relacionadas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Centers that say they offer this</source>
        <translation>Centros que dicen que lo ofrecen</translation>
    </message>
    <message>
        <source>This glossary gives information, not medical advice. Ask your care team about your child&apos;s care.</source>
        <translation>Este glosario da información, no consejo médico. Pregunte a su equipo de atención sobre el cuidado de su hijo o hija.</translation>
    </message>
</context>
<context>
    <name>ReadingResult</name>
    <message>
        <source>Your care team&apos;s number for fevers</source>
        <translation>Número de su equipo de atención para la fiebre</translation>
    </message>
    <message>
        <source>Your care team&apos;s number for &amp;fevers:</source>
        <translation>Número de su equipo de atención para la &amp;fiebre:</translation>
    </message>
    <message>
        <source>Put it on the card</source>
        <translation>Ponerlo en la tarjeta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Checked against the common rule: %1 or higher. Ask your care team for their own rule.</source>
        <translation>Comparada con la regla habitual: %1 o más. Pida a su equipo de atención su propia regla.</translation>
    </message>
    <message>
        <source>%1 is below the fever rule of %2. If your child seems unwell, call your care team anyway.</source>
        <translation>%1 está por debajo de la regla de fiebre de %2. Si su hijo o hija parece enfermo, llame igualmente a su equipo de atención.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Check the digits, including the area code.</source>
        <translation>Esto no parece un número de teléfono. Revise los dígitos, incluido el código de área.</translation>
    </message>
    <message>
        <source>your care team</source>
        <translation>su equipo de atención</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Último grupo del código de recuperación</translation>
    </message>
    <message>
        <source>Recovery code check</source>
        <translation>Comprobación del código de recuperación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>Abrir mi diario</translation>
    </message>
    <message>
        <source>Keep your recovery code</source>
        <translation>Guarde su código de recuperación</translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, such as with your child&apos;s medical papers. Anyone who has it can open the journal on this computer.</source>
        <translation>Imprímalo o guárdelo, y téngalo en un lugar seguro, por ejemplo con los papeles médicos de su hijo o hija. Cualquiera que lo tenga puede abrir el diario en esta computadora.</translation>
    </message>
    <message>
        <source>That matches.</source>
        <translation>Coincide.</translation>
    </message>
    <message>
        <source>That is not the last group. Look at the bottom right of the code.</source>
        <translation>Ese no es el último grupo. Mire abajo a la derecha del código.</translation>
    </message>
    <message>
        <source>Companion journal recovery code</source>
        <translation>Código de recuperación del diario de Companion</translation>
    </message>
    <message>
        <source>Keep it somewhere safe. Anyone who has it can open the journal.</source>
        <translation>Guárdelo en un lugar seguro. Cualquiera que lo tenga puede abrir el diario.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Hecho el %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, such as with your child&apos;s medical papers. Anyone who has it can open the journal.</source>
        <translation>Guárdelo en un lugar seguro, por ejemplo con los papeles médicos de su hijo o hija. Cualquiera que lo tenga puede abrir el diario.</translation>
    </message>
    <message>
        <source>Once you have printed or saved it, type its last group of four (bottom right) to show you have it:</source>
        <translation>Cuando lo haya impreso o guardado, escriba su último grupo de cuatro (abajo a la derecha) para mostrar que lo tiene:</translation>
    </message>
    <message>
        <source>If you forget the password for the journal, or this computer stops opening it by itself, this code opens the journal. It is shown only this once.</source>
        <translation>Si olvida la contraseña del diario, o esta computadora deja de abrirlo por sí sola, este código abre el diario. Se muestra solo esta vez.</translation>
    </message>
    <message>
        <source>Please type the last group of four once you have kept the code.</source>
        <translation>Escriba el último grupo de cuatro cuando haya guardado el código.</translation>
    </message>
    <message>
        <source>This code opens your Companion journal if you forget the password for it.</source>
        <translation>Este código abre su diario de Companion si olvida su contraseña.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Companion recovery code.pdf</source>
        <translation>Código de recuperación de Companion.pdf</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>PDF file (*.pdf);;Text file (*.txt)</source>
        <translation>Archivo PDF (*.pdf);;Archivo de texto (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another place.</source>
        <translation>No se pudo guardar el archivo ahí. Elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock with the recovery code</source>
        <translation>Desbloquear con el código de recuperación</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Use su código de recuperación</translation>
    </message>
    <message>
        <source>Type the code you printed or saved when you set up the journal. Capital letters, spaces and dashes do not matter.</source>
        <translation>Escriba el código que imprimió o guardó cuando preparó el diario. Las mayúsculas, los espacios y los guiones no importan.</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <source>&amp;Where you live (numbers are shown to dial from there):</source>
        <extracomment>Minimum height in pixels of anything a shaky hand must hit. Settings key. It is the key the care-team screen has used since version 1, so a family&apos;s earlier choice of &quot;Country of the number&quot; carries over as their region.</extracomment>
        <translation>&amp;Dónde vive (los números se muestran para marcar desde allí):</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Dónde vive</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
</context>
<context>
    <name>RestoreForm</name>
    <message>
        <source>No backup chosen yet.</source>
        <extracomment>A one-time join file from another computer that shares the journal (also a backup).</extracomment>
        <translation>Todavía no eligió ninguna copia.</translation>
    </message>
    <message>
        <source>Chosen backup file</source>
        <translation>Archivo de copia elegido</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia…</translation>
    </message>
    <message>
        <source>Password or recovery code</source>
        <translation>Contraseña o código de recuperación</translation>
    </message>
    <message>
        <source>This is my recovery code</source>
        <translation>Esto es mi código de recuperación</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Companion backups and join files (%1)</source>
        <translation>Copias de Companion y archivos para unirse (%1)</translation>
    </message>
    <message>
        <source>Please choose a backup file first.</source>
        <translation>Primero elija un archivo de copia.</translation>
    </message>
    <message>
        <source>Please type your password or recovery code first.</source>
        <translation>Primero escriba su contraseña o su código de recuperación.</translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 de 4</translation>
    </message>
</context>
<context>
    <name>SecurityView</name>
    <message>
        <source>Privacy and backups</source>
        <extracomment>Journal setting: a new recovery code was made and not yet confirmed as kept.</extracomment>
        <translation>Privacidad y copias de seguridad</translation>
    </message>
    <message>
        <source>Your journal is encrypted on this computer. Here you can save a backup, change how the journal unlocks, and choose when it locks itself.</source>
        <translation>Su diario está cifrado en esta computadora. Aquí puede guardar una copia de seguridad, cambiar cómo se desbloquea el diario y elegir cuándo se bloquea solo.</translation>
    </message>
    <message>
        <source>Done: I kept the new code</source>
        <translation>Listo: guardé el código nuevo</translation>
    </message>
    <message>
        <source>Your old recovery code no longer works.</source>
        <translation>Su código de recuperación anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Each day you open the journal, Companion makes an encrypted backup and keeps the last seven. You can also save a backup anywhere you like, such as on a USB stick.</source>
        <translation>Cada día que abre el diario, Companion hace una copia de seguridad cifrada y guarda las últimas siete. También puede guardar una copia donde quiera, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>Back up the journal now</source>
        <translation>Hacer ahora una copia del diario</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia…</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Mensaje sobre la copia</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias automáticas</translation>
    </message>
    <message>
        <source>Companion journal backup</source>
        <translation>Copia del diario de Companion</translation>
    </message>
    <message>
        <source>Save a backup of the journal</source>
        <translation>Guardar una copia del diario</translation>
    </message>
    <message>
        <source>Companion backup (*.companion-backup)</source>
        <translation>Copia de Companion (*.companion-backup)</translation>
    </message>
    <message>
        <source>Saved as “%1” in the folder %2. It is encrypted: to open it you need your password or your recovery code.</source>
        <translation>Se guardó como «%1» en la carpeta %2. Está cifrada: para abrirla necesita su contraseña o su código de recuperación.</translation>
    </message>
    <message>
        <source>They are kept in Companion&apos;s own backups folder.</source>
        <translation>Se guardan en la propia carpeta de copias de Companion.</translation>
    </message>
    <message>
        <source>Your new recovery code is ready, and the old one no longer works. Backups saved before now still open with the old code or your password.</source>
        <translation>Su nuevo código de recuperación está listo y el anterior ya no funciona. Las copias guardadas antes todavía se abren con el código anterior o con su contraseña.</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>Copia guardada.</translation>
    </message>
    <message>
        <source>There is not enough space there, so the backup was not saved. Choose another place (a USB stick, for example) or free some space.</source>
        <translation>No hay espacio suficiente ahí, así que la copia no se guardó. Elija otro lugar (una memoria USB, por ejemplo) o libere espacio.</translation>
    </message>
    <message>
        <source>The backup could not be saved there. Please choose another place, such as your Documents folder or a USB stick.</source>
        <translation>No se pudo guardar la copia ahí. Elija otro lugar, como su carpeta Documentos o una memoria USB.</translation>
    </message>
    <message>
        <source>The list of automatic backups could not be read.</source>
        <translation>No se pudo leer la lista de copias automáticas.</translation>
    </message>
    <message>
        <source>Automatic backups, newest first:</source>
        <translation>Copias automáticas, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Todavía no hay ninguna copia automática.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>If your recovery code is lost, or someone else may have seen it, make a new one. The old code then stops working.</source>
        <translation>Si perdió su código de recuperación, o alguien más pudo verlo, haga uno nuevo. El código anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>Recovery code reminder</source>
        <translation>Recordatorio del código de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation>Hacer un código de recuperación nuevo…</translation>
    </message>
    <message>
        <source>Make a new code now? Your old recovery code stops working at once, so have a printer or a USB stick ready for the new one.</source>
        <translation>¿Hacer un código nuevo ahora? Su código de recuperación anterior deja de funcionar de inmediato, así que tenga lista una impresora o una memoria USB para el nuevo.</translation>
    </message>
    <message>
        <source>Yes, make a new code</source>
        <translation>Sí, hacer un código nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the old code</source>
        <translation>Conservar el código anterior</translation>
    </message>
    <message>
        <source>Recovery code message</source>
        <translation>Mensaje sobre el código de recuperación</translation>
    </message>
    <message>
        <source>The last new recovery code was not confirmed as kept. If you did not print or save it, make a new one now.</source>
        <translation>No se confirmó que se guardara el último código de recuperación nuevo. Si no lo imprimió ni lo guardó, haga uno nuevo ahora.</translation>
    </message>
    <message>
        <source>New recovery code kept.</source>
        <translation>Nuevo código de recuperación guardado.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Bloquear automáticamente</translation>
    </message>
    <message>
        <source>Lock the journal after this long without use</source>
        <translation>Bloquear el diario después de este tiempo sin uso</translation>
    </message>
    <message>
        <source>Lock the journal when nobody has used Companion for:</source>
        <translation>Bloquear el diario cuando nadie haya usado Companion durante:</translation>
    </message>
    <message>
        <source>Auto-lock message</source>
        <translation>Mensaje sobre el bloqueo automático</translation>
    </message>
    <message>
        <source>Never (I lock it myself)</source>
        <translation>Nunca (lo bloqueo yo)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Saved. The journal stays open until you lock it (Ctrl+L) or close Companion.</source>
        <translation>Guardado. El diario sigue abierto hasta que usted lo bloquee (Ctrl+L) o cierre Companion.</translation>
    </message>
    <message>
        <source>Saved. The journal locks itself after %1 without use.</source>
        <translation>Guardado. El diario se bloquea solo después de %1 sin uso.</translation>
    </message>
</context>
<context>
    <name>SetupRestorePage</name>
    <message>
        <source>Restore the journal</source>
        <translation>Restaurar el diario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Checking the backup and restoring your journal. This takes a few seconds…</source>
        <translation>Revisando la copia y restaurando su diario. Tarda unos segundos…</translation>
    </message>
    <message>
        <source>Restoring the journal</source>
        <translation>Restaurando el diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup file you brought from your other computer, for example on a USB stick. Then type the password or the recovery code that opened the journal there.</source>
        <translation>Elija el archivo de copia que trajo de su otra computadora, por ejemplo en una memoria USB. Luego escriba la contraseña o el código de recuperación que abría el diario allí.</translation>
    </message>
    <message>
        <source>The backup is checked before it is used. Your journal will be as it was on the day of that backup.</source>
        <translation>La copia se revisa antes de usarla. Su diario quedará como estaba el día de esa copia.</translation>
    </message>
</context>
<context>
    <name>SharingSection</name>
    <message>
        <source>Share with another computer</source>
        <translation>Compartir con otra computadora</translation>
    </message>
    <message>
        <source>Two caregivers can keep one journal on two computers. Choose a folder that both computers keep in step (for example with Syncthing, a shared network folder or a USB stick). Companion only puts locked (encrypted) files there, never your words, and never the key.</source>
        <translation>Dos cuidadores pueden llevar un mismo diario en dos computadoras. Elija una carpeta que ambas computadoras mantengan sincronizada (por ejemplo, con Syncthing, una carpeta compartida en la red o una memoria USB). Companion solo pone ahí archivos bajo llave (cifrados), nunca sus palabras, y nunca la clave.</translation>
    </message>
    <message>
        <source>To add a computer: make a join file here (or use a backup), then on the other computer choose “Restore from a backup” with it and your password or recovery code, and choose the same folder there. A join file is removed once a computer has joined with it.</source>
        <translation>Para añadir una computadora: cree aquí un archivo de unión (o use una copia de seguridad); luego, en la otra computadora, elija «Restaurar desde una copia de seguridad» con ese archivo y su contraseña o código de recuperación, y elija allí la misma carpeta. Un archivo de unión se elimina cuando una computadora se ha unido con él.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <source>For example: Mum&apos;s laptop</source>
        <translation>Por ejemplo: Laptop de mamá</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Nombre de esta computadora:</translation>
    </message>
    <message>
        <source>Choose the shared folder…</source>
        <translation>Elegir la carpeta compartida…</translation>
    </message>
    <message>
        <source>Exchange now</source>
        <translation>Intercambiar ahora</translation>
    </message>
    <message>
        <source>Make a join file…</source>
        <translation>Crear un archivo de unión…</translation>
    </message>
    <message>
        <source>Computers that share this journal</source>
        <translation>Computadoras que comparten este diario</translation>
    </message>
    <message>
        <source>Stop sharing with this computer…</source>
        <translation>Dejar de compartir con esta computadora…</translation>
    </message>
    <message>
        <source>No shared folder chosen: this journal is only here.</source>
        <translation>No eligió ninguna carpeta compartida: este diario solo está aquí.</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Carpeta compartida: %1</translation>
    </message>
    <message>
        <source>Not exchanged yet.</source>
        <translation>Todavía sin intercambios.</translation>
    </message>
    <message>
        <source>Last exchange: %1</source>
        <translation>Último intercambio: %1</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (esta computadora)</translation>
    </message>
    <message>
        <source>%1 (no longer shares the journal)</source>
        <translation>%1 (ya no comparte el diario)</translation>
    </message>
    <message>
        <source>%1, last heard from %2</source>
        <translation>%1, último contacto: %2</translation>
    </message>
    <message>
        <source>%1, not heard from yet</source>
        <translation>%1, todavía sin contacto</translation>
    </message>
    <message>
        <source>A file from %1 was not used: %2.</source>
        <translation>No se usó un archivo de %1: %2.</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>una computadora desconocida</translation>
    </message>
    <message>
        <source>Please type a name for this computer.</source>
        <translation>Escriba un nombre para esta computadora.</translation>
    </message>
    <message>
        <source>Name saved. Other computers see it after the next exchange.</source>
        <translation>Nombre guardado. Las otras computadoras lo verán después del próximo intercambio.</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>Please choose a folder outside Companion&apos;s own folder.</source>
        <translation>Elija una carpeta fuera de la carpeta de Companion.</translation>
    </message>
    <message>
        <source>Exchanging with the shared folder…</source>
        <translation>Intercambiando con la carpeta compartida…</translation>
    </message>
    <message>
        <source>The journal is now shared through this folder.</source>
        <translation>Ahora el diario se comparte a través de esta carpeta.</translation>
    </message>
    <message>
        <source>Save a join file</source>
        <translation>Guardar un archivo de unión</translation>
    </message>
    <message>
        <source>Companion join file (*.companion-join)</source>
        <translation>Archivo de unión de Companion (*.companion-join)</translation>
    </message>
    <message>
        <source>Writing the join file…</source>
        <translation>Escribiendo el archivo de unión…</translation>
    </message>
    <message>
        <source>Join file saved. Take it to the other computer.</source>
        <translation>Archivo de unión guardado. Llévelo a la otra computadora.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop sharing the journal with this computer? It will not receive anything new. What it already has stays on it: that cannot be taken back.</source>
        <translation>¿Dejar de compartir el diario con esta computadora? No recibirá nada nuevo. Lo que ya tiene se queda en ella: eso no se puede deshacer.</translation>
    </message>
    <message>
        <source>That computer no longer shares the journal.</source>
        <translation>Esa computadora ya no comparte el diario.</translation>
    </message>
    <message>
        <source>Another computer stopped sharing the journal with this one.</source>
        <translation>Otra computadora dejó de compartir el diario con esta.</translation>
    </message>
    <message>
        <source>Exchanged, but some files were not used (see above).</source>
        <translation>Intercambio hecho, pero algunos archivos no se usaron (vea arriba).</translation>
    </message>
    <message>
        <source>Exchanged with the shared folder.</source>
        <translation>Intercambio hecho con la carpeta compartida.</translation>
    </message>
    <message>
        <source>The shared folder is not there. Is the drive or network connected?</source>
        <translation>La carpeta compartida no está. ¿Está conectado el disco o la red?</translation>
    </message>
    <message>
        <source>Companion cannot write in the shared folder. Please choose another.</source>
        <translation>Companion no puede escribir en la carpeta compartida. Elija otra.</translation>
    </message>
    <message>
        <source>The disk is full: the exchange did not happen. Nothing was lost.</source>
        <translation>El disco está lleno: el intercambio no se hizo. No se perdió nada.</translation>
    </message>
    <message>
        <source>The exchange did not happen. Nothing was lost; it will try again.</source>
        <translation>El intercambio no se hizo. No se perdió nada; se volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>One printable PDF for the care team: appointments, symptoms with how bad they were, a temperature chart, fever alerts, medicines given and your open questions. It starts from the last appointment unless you choose other dates.</source>
        <translation>Un PDF para imprimir para el equipo de atención: citas, síntomas con qué tan fuertes fueron, una gráfica de temperatura, alertas de fiebre, medicamentos dados y sus preguntas abiertas. Empieza en la última cita, a menos que elija otras fechas.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Make it in English, for the care team</source>
        <translation>Hacerlo en inglés, para el equipo de atención</translation>
    </message>
    <message>
        <source>Make the PDF…</source>
        <translation>Hacer el PDF…</translation>
    </message>
    <message>
        <source>Make the visit summary PDF</source>
        <translation>Hacer el PDF del resumen de la visita</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Open the visit summary PDF</source>
        <translation>Abrir el PDF del resumen de la visita</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Vista previa e impresión…</translation>
    </message>
    <message>
        <source>Preview the visit summary and print it</source>
        <translation>Ver el resumen de la visita e imprimirlo</translation>
    </message>
    <message>
        <source>Visit summary result</source>
        <translation>Resultado del resumen de la visita</translation>
    </message>
    <message>
        <source>Since the last appointment (%1).</source>
        <translation>Desde la última cita (%1).</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>No earlier appointment: the last 30 days.</source>
        <translation>No hay una cita anterior: los últimos 30 días.</translation>
    </message>
    <message>
        <source>Save the visit summary</source>
        <translation>Guardar el resumen de la visita</translation>
    </message>
    <message numerus="yes">
        <source>Saved the visit summary (%n page(s)):</source>
        <translation>
            <numerusform>Se guardó el resumen de la visita (%n página):</numerusform>
            <numerusform>Se guardó el resumen de la visita (%n páginas):</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit summary: preview</source>
        <translation>Resumen de la visita: vista previa</translation>
    </message>
</context>
<context>
    <name>SymptomForm</name>
    <message>
        <source>Edit symptom</source>
        <translation>Editar síntoma</translation>
    </message>
    <message>
        <source>New symptom or side effect</source>
        <translation>Nuevo síntoma o efecto secundario</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>¿Qué es?</translation>
    </message>
    <message>
        <source>&amp;Where?</source>
        <translation>¿&amp;Dónde?</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Qué tan fuerte</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Got in the way</source>
        <translation>Le impidió hacer cosas</translation>
    </message>
    <message>
        <source>Who noticed it</source>
        <translation>Quién lo notó</translation>
    </message>
    <message>
        <source>Who noticed it?</source>
        <translation>¿Quién lo notó?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else the team should know</source>
        <translation>Algo más que el equipo debería saber</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Choose what it is from the list.</source>
        <translation>Elija de la lista qué es.</translation>
    </message>
    <message>
        <source>Say in a few words what it is.</source>
        <translation>Diga en pocas palabras qué es.</translation>
    </message>
    <message>
        <source>Choose how bad it was, from None to Very severe.</source>
        <translation>Elija qué tan fuerte fue, de Nada a Muy fuerte.</translation>
    </message>
</context>
<context>
    <name>SymptomPicker</name>
    <message>
        <source>Symptom: %1</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first). The symptom list&apos;s words are marked in :mod:`companion.journal.symptoms` under &quot;Symptoms&quot;.</extracomment>
        <translation>Síntoma: %1</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>feeling sick</source>
        <translation>ganas de vomitar</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <source>throwing up</source>
        <translation>devolver</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>say where</source>
        <translation>diga dónde</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>low energy</source>
        <translation>poca energía</translation>
    </message>
    <message>
        <source>Mouth sores</source>
        <translation>Llagas en la boca</translation>
    </message>
    <message>
        <source>sore mouth</source>
        <translation>boca adolorida</translation>
    </message>
    <message>
        <source>Diarrhea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <source>loose, watery poo</source>
        <translation>popó suelta o aguada</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Estreñimiento</translation>
    </message>
    <message>
        <source>hard or no poo</source>
        <translation>popó dura o nada de popó</translation>
    </message>
    <message>
        <source>Poor appetite</source>
        <translation>Poco apetito</translation>
    </message>
    <message>
        <source>not eating</source>
        <translation>no come</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>Sarpullido</translation>
    </message>
    <message>
        <source>Where is the rash?</source>
        <translation>¿Dónde está el sarpullido?</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Caída del pelo</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Adormecimiento u hormigueo</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>cosquilleo</translation>
    </message>
    <message>
        <source>Where? (hands, feet...)</source>
        <translation>¿Dónde? (manos, pies...)</translation>
    </message>
    <message>
        <source>Bruising or bleeding</source>
        <translation>Moretones o sangrado</translation>
    </message>
    <message>
        <source>nose, gums, skin</source>
        <translation>nariz, encías, piel</translation>
    </message>
    <message>
        <source>Where? (nose, gums, skin...)</source>
        <translation>¿Dónde? (nariz, encías, piel...)</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>Tos</translation>
    </message>
    <message>
        <source>Short of breath</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <source>hard to breathe</source>
        <translation>le cuesta respirar</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>Preocupado</translation>
    </message>
    <message>
        <source>scared, nervous</source>
        <translation>con miedo, nervioso</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <source>low, tearful</source>
        <translation>decaído, lloroso</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Problemas para dormir</translation>
    </message>
    <message>
        <source>Confusion or trouble speaking</source>
        <translation>Confusión o dificultad para hablar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>describe it</source>
        <translation>descríbalo</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>¿Qué es?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>How bad was it at its worst?</source>
        <translation>¿Qué tan fuerte fue en su peor momento?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Once or twice</source>
        <translation>Una o dos veces</translation>
    </message>
    <message>
        <source>Some of the time</source>
        <translation>A ratos</translation>
    </message>
    <message>
        <source>Much of the time</source>
        <translation>Buena parte del tiempo</translation>
    </message>
    <message>
        <source>Nearly all the time</source>
        <translation>Casi todo el tiempo</translation>
    </message>
    <message>
        <source>How often did it happen?</source>
        <translation>¿Con qué frecuencia pasó?</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Algo</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>Could not do usual things</source>
        <translation>No pudo hacer lo de siempre</translation>
    </message>
    <message>
        <source>How much did it get in the way of play, school or sleep?</source>
        <translation>¿Cuánto le impidió jugar, ir a la escuela o dormir?</translation>
    </message>
    <message>
        <source>My child told me</source>
        <translation>Mi hijo o hija me lo dijo</translation>
    </message>
    <message>
        <source>I noticed it (caregiver)</source>
        <translation>Lo noté yo (cuidador)</translation>
    </message>
    <message>
        <source>child</source>
        <translation>niño o niña</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>cuidador</translation>
    </message>
</context>
<context>
    <name>TabFolder</name>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Minimum height in pixels of anything a shaky hand must hit.</extracomment>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>TellWords</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemperatureForm</name>
    <message>
        <source>Mouth</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Boca</translation>
    </message>
    <message>
        <source>Under the arm</source>
        <translation>Debajo del brazo</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>Oído</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Edit temperature</source>
        <translation>Editar temperatura</translation>
    </message>
    <message>
        <source>New temperature</source>
        <translation>Nueva temperatura</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>How it was taken</source>
        <translation>Cómo se tomó</translation>
    </message>
    <message>
        <source>How was it taken?</source>
        <translation>¿Cómo se tomó?</translation>
    </message>
    <message>
        <source>(Source: %1)</source>
        <translation>(Fuente: %1)</translation>
    </message>
    <message>
        <source>Never take the temperature in the bottom</source>
        <translation>Nunca tome la temperatura por el recto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>None (or type what was given)</source>
        <translation>Ninguno (o escriba lo que se dio)</translation>
    </message>
    <message>
        <source>Fever &amp;medicine given:</source>
        <translation>&amp;Medicamento para la fiebre dado:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>How does your child seem?</source>
        <translation>¿Cómo ve a su hijo o hija?</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Temperature in degrees %1</source>
        <translation>Temperatura en grados %1</translation>
    </message>
    <message>
        <source>Type the temperature as the thermometer shows it, like 37.5 °C or 99.5 °F.</source>
        <translation>Escriba la temperatura como la muestra el termómetro, como 37.5 °C o 99.5 °F.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>When</source>
        <extracomment>Rows read at a time, and the most pages held at once (PAGE_SIZE * MAX_PAGES rows). The kinds the timeline&apos;s filter offers, in its order (contacts and children are not events). Qt&apos;s translation function; pyside6-lupdate reads its calls (context first). The most a row (and its tooltip) shows of an entry; laying out more costs time for nothing. Page number -&gt; its entries, least recently used first. Pages read since the last reload, and how many of them were read by offset because no neighbouring page was held (the first page is not counted).</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anotación</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Any time</source>
        <extracomment>Date ranges offered, in days back from today (None: any time; -1: choose dates).</extracomment>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Buscar en el diario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Show only this kind of entry</source>
        <translation>Mostrar solo este tipo de anotación</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show only this child</source>
        <translation>Mostrar solo este niño o niña</translation>
    </message>
    <message>
        <source>Dates to show</source>
        <translation>Fechas que mostrar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Cuántas anotaciones se muestran</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Anotaciones del diario, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>The chosen entry in full</source>
        <translation>La anotación elegida completa</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show the whole entry</source>
        <translation>Mostrar la anotación completa</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the chosen entry</source>
        <translation>Editar la anotación elegida</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Eliminar la anotación elegida</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Todos los niños</translation>
    </message>
    <message>
        <source>1 entry matches</source>
        <translation>1 anotación coincide</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 anotación</translation>
    </message>
    <message>
        <source>%1 entries match</source>
        <translation>%1 anotaciones coinciden</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 anotaciones</translation>
    </message>
    <message>
        <source>Choose an entry to see it in full.</source>
        <translation>Elija una anotación para verla completa.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Temperature (°%1)</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first). Room on the left for symptom names; the temperature plot starts there too, so days line up. Points per stroke of the temperature line.</extracomment>
        <translation>Temperatura (°%1)</translation>
    </message>
    <message>
        <source>Fever rule %1</source>
        <translation>Regla de fiebre %1</translation>
    </message>
    <message>
        <source>No temperatures in this period.</source>
        <translation>No hay temperaturas en este periodo.</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Bar height: worst rating that day, from 0 (none) to 4 (very severe).</source>
        <translation>Altura de la barra: la peor valoración de ese día, de 0 (nada) a 4 (muy fuerte).</translation>
    </message>
    <message>
        <source>No symptoms recorded in this period.</source>
        <translation>No se anotaron síntomas en este periodo.</translation>
    </message>
    <message>
        <source>Trends chart</source>
        <translation>Gráfica de tendencias</translation>
    </message>
    <message>
        <source>%1 temperature readings</source>
        <translation>%1 mediciones de temperatura</translation>
    </message>
    <message>
        <source>%1 fever events</source>
        <translation>%1 episodios de fiebre</translation>
    </message>
    <message>
        <source>%1: %2 entries, worst %3 of 4</source>
        <translation>%1: %2 anotaciones, la peor %3 de 4</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Last 7 days</source>
        <extracomment>Ranges in days back from today; -1 means &quot;choose dates&quot;.</extracomment>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>Oldest first. Only those in the range, newest first. Oldest first.</extracomment>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Time to show</source>
        <translation>Tiempo que mostrar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Charts (arrow keys scroll)</source>
        <translation>Gráficas (las flechas desplazan)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock progress</source>
        <extracomment>How long to wait for the keyring before the passphrase is the only way (the keyring call itself gives up after 3 s; this is the window&apos;s own backstop). The journal file is damaged (not a backup being restored): the error, what was typed and whether it was the recovery code, so the damage screen can restore in one click.</extracomment>
        <translation>Progreso del desbloqueo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Opening the journal with the key kept on this computer…</source>
        <translation>Abriendo el diario con la clave guardada en esta computadora…</translation>
    </message>
    <message>
        <source>This computer did not give the journal&apos;s key back. Use your recovery code to open the journal.</source>
        <translation>Esta computadora no devolvió la clave del diario. Use su código de recuperación para abrir el diario.</translation>
    </message>
    <message>
        <source>This computer did not give the journal&apos;s key back, so please type the password for the journal.</source>
        <translation>Esta computadora no devolvió la clave del diario, así que escriba la contraseña del diario.</translation>
    </message>
    <message>
        <source>Please type the password for the journal first.</source>
        <translation>Primero escriba la contraseña del diario.</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>Primero escriba su código de recuperación.</translation>
    </message>
    <message>
        <source>No backup was found in Companion&apos;s backups folder. Choose a backup file you saved somewhere else.</source>
        <translation>No se encontró ninguna copia en la carpeta de copias de Companion. Elija un archivo de copia que haya guardado en otro lugar.</translation>
    </message>
    <message>
        <source>Replace the journal on this computer?</source>
        <translation>¿Reemplazar el diario de esta computadora?</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>The journal did not answer in time. Please try again.</source>
        <translation>El diario no respondió a tiempo. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <source>Open questions</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>No open questions.</source>
        <translation>No hay preguntas abiertas.</translation>
    </message>
    <message>
        <source>None asked in this period.</source>
        <translation>No se hizo ninguna en este periodo.</translation>
    </message>
    <message>
        <source>Still open from before %1</source>
        <translation>Siguen abiertas desde antes del %1</translation>
    </message>
    <message>
        <source>and 1 older open question</source>
        <translation>y 1 pregunta abierta más antigua</translation>
    </message>
    <message>
        <source>and %1 older open questions</source>
        <translation>y %1 preguntas abiertas más antiguas</translation>
    </message>
    <message>
        <source>Visit summary: %1</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first). The severe-entries table shows the most recent ones; the summary table covers them all. After-visit notes are shortened to about this many characters; the journal has them whole.</extracomment>
        <translation>Resumen de la visita: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Information from the family&apos;s journal, not medical advice.</source>
        <translation>Información del diario de la familia, no consejo médico.</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nació el %1</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>(next visit)</source>
        <translation>(próxima visita)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>With, where</source>
        <translation>Con quién, dónde</translation>
    </message>
    <message>
        <source>Notes after</source>
        <translation>Notas después</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguna en este periodo.</translation>
    </message>
    <message>
        <source>Long notes are shortened here. The full notes are in the journal.</source>
        <translation>Las notas largas se acortan aquí. Las notas completas están en el diario.</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Normalmente</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Severe or very severe</source>
        <translation>Fuerte o muy fuerte</translation>
    </message>
    <message>
        <source>Severe or very severe: the latest %1 of %2</source>
        <translation>Fuerte o muy fuerte: las últimas %1 de %2</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Qué tan fuerte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <extracomment>Qt&apos;s translation function; pyside6-lupdate reads its calls (context first).</extracomment>
        <translation>Conteos de sangre</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>No se anotó nada en este periodo.</translation>
    </message>
    <message>
        <source>Blood taken</source>
        <translation>Sangre tomada</translation>
    </message>
    <message>
        <source>WBC</source>
        <translation>Glóbulos blancos</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>Hemoglobina</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <source>The latest %1 of %2 counts; all are in the chart and the journal.</source>
        <translation>Los últimos %1 de %2 conteos; todos están en el gráfico y en el diario.</translation>
    </message>
    <message>
        <source>Temperature and symptoms over time</source>
        <translation>Temperatura y síntomas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1 readings. Highest: %2 on %3.</source>
        <translation>%1 mediciones. La más alta: %2 el %3.</translation>
    </message>
    <message>
        <source>Fever events</source>
        <translation>Episodios de fiebre</translation>
    </message>
    <message>
        <source>Rule met</source>
        <translation>Regla cumplida</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Medicamentos dados</translation>
    </message>
    <message>
        <source>(when needed)</source>
        <translation>(cuando haga falta)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>When to give</source>
        <translation>Cuándo darlo</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>No doses logged in this period.</source>
        <translation>No se anotaron dosis en este periodo.</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>%1 · Made %2 with Companion · Information, not medical advice · Page %3 of %4</source>
        <translation>%1 · Hecho el %2 con Companion · Información, no consejo médico · Página %3 de %4</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <source>Coming up</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>Add all to calendar</source>
        <translation>Añadir todas al calendario</translation>
    </message>
    <message>
        <source>Add all upcoming appointments to a calendar</source>
        <translation>Añadir todas las próximas citas a un calendario</translation>
    </message>
    <message>
        <source>No appointments coming up.</source>
        <translation>No hay citas próximas.</translation>
    </message>
    <message>
        <source>Treatment days coming up</source>
        <translation>Próximos días de tratamiento</translation>
    </message>
    <message>
        <source>Questions for the care team</source>
        <translation>Preguntas para su equipo</translation>
    </message>
    <message>
        <source>Open questions; Enter to answer</source>
        <translation>Preguntas abiertas; Intro para responder</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Siguen abiertas:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Respondida:</translation>
    </message>
    <message>
        <source>Treatment days coming up (from your plan):</source>
        <translation>Próximos días de tratamiento (de su plan):</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) to a calendar file. Like any export, that file is not encrypted.</source>
        <translation>
            <numerusform>Se guardó %n cita en un archivo de calendario. Como cualquier exportación, ese archivo no está cifrado.</numerusform>
            <numerusform>Se guardaron %n citas en un archivo de calendario. Como cualquier exportación, ese archivo no está cifrado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkthroughWindow</name>
    <message>
        <source>Walk-through</source>
        <extracomment>Sizes grow from at least this many points: the words are read from across a room. The care team&apos;s number for the handout&apos;s box (set by the window; None: left blank).</extracomment>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Gather the words to go through with the family. Show them one at a time on the full screen, then print them or save them as a handout.</source>
        <translation>Reúna las palabras que quiere repasar con la familia. Muéstrelas una a una en pantalla completa, y luego imprímalas o guárdelas como hoja.</translation>
    </message>
    <message>
        <source>Type a word to add, e.g. relapse</source>
        <translation>Escriba una palabra para añadir, p. ej. recaída</translation>
    </message>
    <message>
        <source>Word to add</source>
        <translation>Palabra para añadir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add word</source>
        <translation>Añadir palabra</translation>
    </message>
    <message>
        <source>Words in the walk-through</source>
        <translation>Palabras del recorrido</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move word up</source>
        <translation>Subir la palabra</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move word down</source>
        <translation>Bajar la palabra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove word</source>
        <translation>Quitar la palabra</translation>
    </message>
    <message>
        <source>Show full screen</source>
        <translation>Mostrar en pantalla completa</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimir la hoja…</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Guardar la hoja como PDF…</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Guardar la hoja</translation>
    </message>
    <message>
        <source>In English and Spanish (Español)</source>
        <translation>En inglés y español (English and Spanish)</translation>
    </message>
    <message>
        <source>Handout in English and Spanish</source>
        <translation>Hoja en inglés y español</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous word</source>
        <translation>Palabra anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next word</source>
        <translation>Palabra siguiente</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation>Se pronuncia: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved a handout of %n page(s).</source>
        <translation>
            <numerusform>Se guardó una hoja de %n página.</numerusform>
            <numerusform>Se guardó una hoja de %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WhenField</name>
    <message>
        <source>Now</source>
        <extracomment>Chosen toggle buttons take the palette&apos;s highlight, so a choice is plain in light and dark.</extracomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%1: set to now</source>
        <translation>%1: poner ahora</translation>
    </message>
</context>
<context>
    <name>WordCount</name>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZonedWhen</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>The appointment has no set time (a whole day).</source>
        <translation>La cita no tiene hora fija (todo el día).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Offset from UTC</source>
        <translation>Diferencia con UTC</translation>
    </message>
    <message>
        <source>Which of the two times</source>
        <translation>Cuál de las dos horas</translation>
    </message>
    <message>
        <source>About this time</source>
        <translation>Sobre esta hora</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>In another time zone…</source>
        <translation>En otra zona horaria…</translation>
    </message>
    <message>
        <source>Choose another time zone</source>
        <translation>Elegir otra zona horaria</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The first %1 (before the clocks go back, %2)</source>
        <translation>La primera vez que son las %1 (antes del cambio de hora, %2)</translation>
    </message>
    <message>
        <source>The second %1 (after the clocks go back, %2)</source>
        <translation>La segunda vez que son las %1 (después del cambio de hora, %2)</translation>
    </message>
    <message>
        <source>The clocks go back that night, so %1 happens twice. Which one?</source>
        <translation>Esa noche se atrasan los relojes, así que las %1 ocurren dos veces. ¿Cuál de las dos?</translation>
    </message>
    <message>
        <source>This time does not exist on that day: the clocks jump forward. Choose another time.</source>
        <translation>Esa hora no existe ese día: los relojes se adelantan. Elija otra hora.</translation>
    </message>
</context>
</TS>
