"""Texts of the upload check (cockpit/views/delivery_check.py) and of loading from the Datenstand page."""

TEXTS = {
    "check_title": ("Lieferung prüfen", "Check a delivery"),
    "check_intro": (
        "Eine ausgefüllte Vorlage (.xlsx) oder eine CSV-Datei hochladen: sie wird mit denselben Regeln geprüft wie "
        "beim Laden, jeder Befund steht unten. Die Prüfung übernimmt nichts und speichert die Datei nicht.",
        "Upload a filled template (.xlsx) or a CSV file: it is checked by the same rules as a load, every finding "
        "is listed below. The check accepts nothing and does not keep the file.",
    ),
    "check_upload": ("Datei (.csv oder .xlsx)", "File (.csv or .xlsx)"),
    "check_too_large": (
        "Die Datei ist größer als erlaubt ({size}); erwartet: höchstens {limit}.",
        "The file is larger than allowed ({size}); expected: at most {limit}.",
    ),
    "check_failed": (
        "Die Prüfung konnte nicht laufen (Exit-Code {code}). Es wurde nichts übernommen.",
        "The check could not run (exit code {code}). Nothing was accepted.",
    ),
    "check_no_findings": ("Keine Befunde: {file} entspricht der Vorlage.", "No findings: {file} fits the template."),
    "check_findings": ("{count} Befund(e) in {file}", "{count} finding(s) in {file}"),
    "check_references_later": (
        "Bezüge auf andere Lieferungen (z. B. ob ein Meilenstein zu einem früheren Bericht passt) prüft der "
        "nächste Ladelauf.",
        "References to other deliveries (e.g. whether a milestone matches an earlier report) are checked by the "
        "next load.",
    ),
    "check_col_problem": ("Befund", "Finding"),
    "check_col_expected": ("Erwartet", "Expected"),
    "check_not_in_scope": ("Projekt nicht in Ihrem Bereich oder unbekannt", "Project not in your area or unknown"),
    "check_scope_expected": ("eine Projekt-ID Ihres Bereichs", "a project ID of your area"),
    "check_unknown_project": ("Projekt-ID unbekannt", "Unknown project ID"),
    "check_known_expected": ("eine Projekt-ID aus der Projektliste", "a project ID from the project list"),
    # loading from the page
    "reload_title": ("Neu laden", "Reload"),
    "reload_intro": (
        "Lädt alle Lieferungen und die übernommenen Einreichungen aus dem Eingang neu ins Lager. Das Lager wird "
        "erst ersetzt, wenn alles geprüft ist; bis dahin zeigen alle Seiten den bisherigen Stand.",
        "Loads every delivery and the accepted submissions of the inbox into the warehouse again. The warehouse "
        "is replaced only once everything is checked; until then every page shows the previous data.",
    ),
    "reload_button": ("Neu laden", "Reload"),
    "reload_running": ("Ladelauf läuft seit {started} …", "Load running since {started} …"),
    "reload_refresh": ("Stand aktualisieren", "Refresh status"),
    "reload_done": (
        "Ladelauf beendet: {summary} Die Seiten zeigen jetzt den neuen Stand.",
        "Load finished: {summary} The pages now show the new data.",
    ),
    "reload_refused": (
        "Ladelauf abgelehnt oder abgebrochen (Exit-Code {code}): {meaning} Das Lager ist unverändert.",
        "Load refused or stopped (exit code {code}): {meaning} The warehouse is unchanged.",
    ),
    "reload_exit_1": ("eine Lieferung hat Befunde (siehe unten).", "a delivery has findings (see below)."),
    "reload_exit_2": ("ein anderer Ladelauf läuft bereits.", "another load is already running."),
    "reload_exit_3": ("der Pseudonym-Schlüssel fehlt.", "the pseudonym key is missing."),
    "reload_exit_4": ("der Datenordner ist nicht beschreibbar.", "the data folder cannot be written."),
    "reload_exit_5": ("der Speicherplatz ist erschöpft.", "the disk is full."),
    "reload_exit_other": ("siehe Ausgabe unten.", "see the output below."),
    "reload_output": ("Ausgabe des Ladelaufs", "Output of the load"),
}
