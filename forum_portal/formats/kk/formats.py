"""Kazakh date, time and number formats (Django ships none for kk, so it used the US defaults).

Day, month, year; 24-hour time; month names from the catalog: «1 желтоқсан 2026 ж., 18:13».
The *_FORMAT strings use the date filter's syntax (E is the month name as it stands after a day
number, lower case in Kazakh); the *_INPUT_FORMATS use strftime's, the first one is what the
admin's date and time widgets write.
"""

DATE_FORMAT = "j E Y ж."
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y ж., H:i"
YEAR_MONTH_FORMAT = "F Y ж."
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d.%m.%Y",  # '25.10.2026'
    "%d.%m.%y",  # '25.10.26'
    "%Y-%m-%d",  # '2026-10-25'
]
TIME_INPUT_FORMATS = [
    "%H:%M:%S",  # '14:30:59'
    "%H:%M:%S.%f",  # '14:30:59.000200'
    "%H:%M",  # '14:30'
]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",  # '25.10.2026 14:30:59'
    "%d.%m.%Y %H:%M:%S.%f",  # '25.10.2026 14:30:59.000200'
    "%d.%m.%Y %H:%M",  # '25.10.2026 14:30'
    "%d.%m.%y %H:%M:%S",  # '25.10.26 14:30:59'
    "%d.%m.%y %H:%M",  # '25.10.26 14:30'
    "%Y-%m-%d %H:%M:%S",  # '2026-10-25 14:30:59'
    "%Y-%m-%d %H:%M",  # '2026-10-25 14:30'
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # no-break space
NUMBER_GROUPING = 3
