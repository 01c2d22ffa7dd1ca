"""Smart-City-Cockpit: shared configuration, data access and formatting for the dashboard."""
