"""Texts of the board pack (PDF and PowerPoint papers, the `pack` command): key -> (German, English).

Merged into cockpit.i18n.TEXTS; look them up with cockpit.i18n.translator(lang)(key, **values)."""

TEXTS = {
    "pack_meeting_on": ("Sitzung am {date}", "Meeting on {date}"),
    "pack_download_pdf": ("📄 PDF", "📄 PDF"),
    "pack_download_pptx": ("📊 PowerPoint", "📊 PowerPoint"),
    "pack_data_as_of": ("Datenstand {date}", "Data as of {date}"),
    "pack_page": ("Seite {page}/{pages}", "Page {page}/{pages}"),
    "pack_scope": ("Ausschnitt: Organisationseinheit {units}", "Scope: unit {units}"),
    "pack_cli_help": (
        "Sitzungsunterlagen (PDF und PowerPoint) einer vorbereiteten Sitzung schreiben",
        "Write the board pack (PDF and PowerPoint) of a prepared meeting",
    ),
    "pack_cli_meeting": ("Kürzel der vorbereiteten Sitzung", "Slug of the prepared meeting"),
    "pack_cli_out": ("Zielordner (Standard: {default})", "Output folder (default: {default})"),
    "pack_cli_lang": ("Sprache der Unterlagen", "Language of the papers"),
    "pack_written": ("Geschrieben: {path}", "Written: {path}"),
    "pack_unknown_meeting": (
        "Keine vorbereitete Sitzung mit dem Kürzel {slug}.",
        "No prepared meeting with the slug {slug}.",
    ),
    "pack_no_browser": (
        "Diagramme brauchen Chromium (Debian-Paket chromium); es wurde nicht gefunden.",
        "Charts need Chromium (Debian package chromium); it was not found.",
    ),
}
