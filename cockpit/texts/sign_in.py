"""Texts of sign-in, access refusals and the audit log: key -> (German, English)."""

TEXTS = {
    "sign_in_title": ("Smart-City-Cockpit Braunschweig", "Smart City Cockpit Braunschweig"),
    "sign_in_intro": (
        "Das Steuerungs-Cockpit der Stabsstelle Digitalisierung, Smart City. Bitte melden Sie sich mit "
        "Ihrem Konto der Stadt an; Sie sehen dann, was Ihre Rolle sehen darf.",
        "The steering cockpit of the Smart City staff unit. Please sign in with your city account; "
        "you then see what your role may see.",
    ),
    "sign_in_button": ("Anmelden", "Sign in"),
    "sign_out_button": ("Abmelden", "Sign out"),
    "sign_in_not_configured": (
        "Die Anmeldung ist nicht eingerichtet, deshalb zeigt das Cockpit keine Daten. "
        "Bitte wenden Sie sich an die Stabsstelle Digitalisierung. Grund: {detail}",
        "Sign-in is not set up, so the cockpit shows no data. Please contact the Smart City staff unit. "
        "Reason: {detail}",
    ),
    "sign_in_unknown_user": (
        "Für {who} ist keine Rolle freigegeben, deshalb zeigt das Cockpit keine Daten. "
        "Bitte beantragen Sie den Zugang bei der Stabsstelle Digitalisierung.",
        "No role is granted to {who}, so the cockpit shows no data. Please ask the Smart City staff unit for access.",
    ),
    "sign_in_conflict": (
        "Für {who} sind widersprüchliche Rollen freigegeben ({roles}), deshalb zeigt das Cockpit keine Daten. "
        "Bitte lassen Sie die Freigabe bei der Stabsstelle Digitalisierung klären.",
        "Conflicting roles are granted to {who} ({roles}), so the cockpit shows no data. "
        "Please ask the Smart City staff unit to resolve the grant.",
    ),
    "signed_in_as": ("Angemeldet: {who} · {role}", "Signed in: {who} · {role}"),
    "role_cdo": ("CDO / Stabsstelle", "CDO / staff unit"),
    "role_board": ("Smart-City-Board", "Smart City Board"),
    "role_department": ("Fachbereich {units}", "Department {units}"),
    "role_forum": ("Smart-City-Forum / Öffentlichkeit", "Smart City Forum / public"),
    "audit_title": ("Protokoll der Zugriffe", "Access log"),
    "audit_caption": (
        "Anmeldungen, vorbereitete und ersetzte Sitzungen und Downloads, neueste zuerst "
        "(nur für die Stabsstelle sichtbar).",
        "Sign-ins, meetings prepared or replaced, and downloads, latest first (visible to the staff unit only).",
    ),
    "audit_empty": ("Noch keine Einträge.", "No entries yet."),
    "audit_at": ("Zeitpunkt", "Time"),
    "audit_event": ("Ereignis", "Event"),
    "audit_user": ("Person", "User"),
    "audit_role": ("Rolle", "Role"),
    "audit_scope": ("Sicht", "Scope"),
    "audit_details": ("Einzelheiten", "Details"),
    "audit_event_sign_in": ("Anmeldung", "Sign-in"),
    "audit_event_sign_in_refused": ("Anmeldung ohne Freigabe", "Sign-in without grant"),
    "audit_event_meeting_prepared": ("Sitzung vorbereitet", "Meeting prepared"),
    "audit_event_meeting_replaced": ("Sitzung ersetzt", "Meeting replaced"),
    "audit_event_download": ("Download", "Download"),
    "audit_role_cdo": ("CDO / Stabsstelle", "CDO / staff unit"),
    "audit_role_board": ("Board", "Board"),
    "audit_role_department": ("Fachbereich", "Department"),
    "audit_role_forum": ("Forum", "Forum"),
    "audit_detail_file": ("Datei", "File"),
    "audit_detail_reason": ("Grund", "Reason"),
    "audit_detail_meeting": ("Sitzung", "Meeting"),
    "audit_detail_name": ("Name", "Name"),
    "audit_detail_data_as_of": ("Datenstand", "Data as of"),
}
