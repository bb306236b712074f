/* months: month names and date wording in English, Russian and Kazakh:
 * nominative (standalone) forms for the axis, format forms inside dates. */
#ifndef RENDER_MONTHS_H
#define RENDER_MONTHS_H

#include <glib.h>
#include "date.h"

typedef enum {
	MONTHS_AXIS,        /* standalone, capitalised, full: "October", "Октябрь", "Қазан" */
	MONTHS_AXIS_SHORT,  /* standalone, capitalised, short: "Oct", "Окт", "Қаз" */
	MONTHS_IN_DATE,     /* inside a day-month date: "Oct", "октября", "қазан" */
} MonthsForm;

/* TRUE for "en", "ru" and "kk". */
gboolean months_lang_known(const char *lang);

/* The name of month 1..12 in that form; static storage. Unknown languages
 * fall back to English. */
const char *months_name(const char *lang, int month, MonthsForm form);

/* A date at its own precision, qualifiers shown: "16 Oct 2019",
 * "c. Dec 2019", "2017?", "16 октября 2019", "2019 ж. 16 қазан".
 * Caller frees. */
char *months_format_date(const char *lang, const Date *d);

/* "16 Oct 2019 – 22 Feb 2020"; a shared year or month is written once
 * ("19–22 Feb 2020"), equal dates once ("1500"). Caller frees. */
char *months_format_range(const char *lang, const Date *a, const Date *b);

/* A length of time for axis-break marks: "50 days", "7 months", "491 years",
 * in the language's plural forms. Caller frees. */
char *months_format_duration(const char *lang, gint64 days);

#endif
