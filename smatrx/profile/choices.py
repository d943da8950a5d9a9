"""Suggestions and lists for the profile forms. Pure data."""

from __future__ import annotations

SPOKEN_LANGUAGES = (
    "English", "Spanish", "Mandarin Chinese", "Hindi", "Arabic", "Portuguese", "Bengali",
    "Russian", "Japanese", "French", "German", "Korean", "Italian", "Turkish", "Vietnamese",
    "Polish", "Ukrainian", "Dutch", "Swedish", "Norwegian", "Danish", "Finnish", "Greek",
    "Czech", "Romanian", "Hungarian", "Hebrew", "Indonesian", "Malay", "Thai", "Tagalog",
    "Persian", "Urdu", "Swahili", "Tamil", "Telugu", "Marathi", "Catalan", "Cantonese",
)  # fmt: skip

INDUSTRIES = (
    "Software", "SaaS", "Fintech", "Banking", "Insurance", "Healthcare", "Biotech",
    "E-commerce", "Retail", "Education", "Government", "Non-profit", "Media",
    "Gaming", "Telecommunications", "Automotive", "Manufacturing", "Energy",
    "Logistics", "Travel", "Real estate", "Consulting", "Cybersecurity", "AI & data",
    "Aerospace", "Agriculture", "Legal", "Marketing & advertising", "Hardware",
)  # fmt: skip

# ISO 4217 codes people most often quote salaries in.
CURRENCIES = (
    ("USD", "US dollar"), ("EUR", "Euro"), ("GBP", "Pound sterling"), ("CHF", "Swiss franc"),
    ("CAD", "Canadian dollar"), ("AUD", "Australian dollar"), ("NZD", "New Zealand dollar"),
    ("JPY", "Japanese yen"), ("CNY", "Chinese yuan"), ("INR", "Indian rupee"),
    ("SGD", "Singapore dollar"), ("HKD", "Hong Kong dollar"), ("SEK", "Swedish krona"),
    ("NOK", "Norwegian krone"), ("DKK", "Danish krone"), ("PLN", "Polish zloty"),
    ("CZK", "Czech koruna"), ("HUF", "Hungarian forint"), ("RON", "Romanian leu"),
    ("BRL", "Brazilian real"), ("MXN", "Mexican peso"), ("ARS", "Argentine peso"),
    ("ZAR", "South African rand"), ("NGN", "Nigerian naira"), ("KES", "Kenyan shilling"),
    ("AED", "UAE dirham"), ("ILS", "Israeli new shekel"), ("TRY", "Turkish lira"),
    ("KRW", "South Korean won"), ("UAH", "Ukrainian hryvnia"),
)  # fmt: skip

CAREER_STAGE_LABELS = {
    "student": "Student", "entry": "Entry level", "mid": "Mid level", "senior": "Senior",
    "lead": "Lead", "executive": "Executive",
}  # fmt: skip
AVAILABILITY_LABELS = {
    "full-time": "Full-time", "part-time": "Part-time", "contract": "Contract",
    "freelance": "Freelance",
}  # fmt: skip
REMOTE_LABELS = {"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site"}
TIMELINE_LABELS = {
    "immediate": "Now", "3months": "Within 3 months", "6months": "Within 6 months",
    "1year": "Within a year", "exploring": "Just exploring",
}  # fmt: skip
