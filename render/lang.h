/* lang: everything a figure says in words, in English, Russian and Kazakh:
 * month names, dates, the plural rule, fixed words and phrases, and numbers. */
#ifndef RENDER_LANG_H
#define RENDER_LANG_H

#include <glib.h>
#include "date.h"

typedef enum { LANG_EN, LANG_RU, LANG_KK } Lang;

/* "en", "ru" or "kk" (case-insensitive). FALSE for anything else. */
gboolean lang_parse(const char *code, Lang *out);
/* "en", "ru" or "kk"; static. */
const char *lang_code(Lang l);

typedef enum {
	LANG_MONTH_AXIS,        /* standalone, capitalised, full: "October", "Октябрь", "Қазан" */
	LANG_MONTH_AXIS_SHORT,  /* standalone, capitalised, short: "Oct", "Окт.", "Қаз." */
	LANG_MONTH_IN_DATE,     /* inside a day-month date: "Oct", "октября", "қазан" */
} LangMonthForm;

/* The name of month 1..12 in that form; static storage, "" out of range. */
const char *lang_month(Lang l, int month, LangMonthForm form);

/* A date at its own precision, qualifiers shown: "16 Oct 2019",
 * "c. Dec 2019", "2017?", "16 октября 2019", "2019 ж. 16 қазан".
 * Caller frees. */
char *lang_date(Lang l, const Date *d);

/* "16 Oct 2019 – 22 Feb 2020"; a shared year or month is written once
 * ("19–22 Feb 2020", "Apr – May 2016"), equal dates once ("1500").
 * Caller frees. */
char *lang_date_range(Lang l, const Date *a, const Date *b);

/* A length of time: "50 days", "7 months", "491 years", in the language's
 * plural forms. Caller frees. */
char *lang_duration(Lang l, gint64 days);

/* The plural class of n: 0 one, 1 few, 2 many. English has one and many,
 * Russian all three; Kazakh nouns after a number stay singular (always 0). */
int lang_plural(Lang l, gint64 n);

/* Fixed words. A noun that follows a number takes the form for n. */
typedef enum {
	LANG_W_SEATS,          /* "seat" / "seats" */
	LANG_W_EVENTS,         /* "event" / "events" */
	LANG_W_MAJORITY,       /* "Majority" */
	LANG_W_APPOINTED,      /* "appointed" */
	LANG_W_INDEPENDENT,    /* "independent" */
	LANG_W_VACANT,         /* "vacant" */
	LANG_W_GOVERNMENT,     /* "Government" */
	LANG_W_OPPOSITION,     /* "Opposition" */
	LANG_W_CROSS_BENCHES,  /* "Cross benches" */
	LANG_W_SOURCES,        /* "Sources:" */
	LANG_W_SOURCE,         /* "Source:" */
	LANG_W_ABOUT,          /* "c." before an approximate date */
	LANG_W_KEY_DAY,        /* a timeline's key of marks: "exact day" */
	LANG_W_KEY_PERIOD,     /* ... "month or year only" */
	LANG_W_KEY_VAGUE,      /* ... "approximate or uncertain" */
	LANG_W_FORMERLY,       /* "formerly", before a party's earlier names */
	LANG_W_NOT_ON_CHART,   /* "Not labelled on the chart for lack of room:" */
	LANG_W_ALT_GAPS,       /* alt text: "Periods without events left out of the axis:" */
	LANG_W_COUNT
} LangWord;

/* Static storage. n picks the plural form where the word has one. */
const char *lang_word(Lang l, LangWord w, gint64 n);

/* Phrases with numbers in them; {a} and {b} stand for the two numbers, and
 * the form is chosen by the plural class of a. */
typedef enum {
	LANG_P_AND_MORE,       /* "and {a} more" */
	LANG_P_OTHER_GROUPS,   /* "other groups ({a})" */
	LANG_P_OTHERS,         /* "Others ({a})": small parties gathered */
	LANG_P_NOT_LABELLED,   /* "{a} of {b} events are not labelled: ..." */
	LANG_P_NOT_LABELLED_TRY_VERTICAL,  /* the same, suggesting --vertical */
	LANG_P_NOT_NAMED_OVERVIEW,  /* "{a} of {b} events are not named: ... counts the rest" */
	LANG_P_ALT_TIMELINE,   /* alt text: "Timeline of {a} events" */
	LANG_P_ALT_LISTED,     /* alt text: "The {a} most important, by date:" */
	LANG_P_ALT_MORE,       /* alt text: "... and {a} more events." */
	LANG_P_COUNT
} LangPhrase;

/* The phrase with a and b written in (as lang_integer writes them).
 * Caller frees. */
char *lang_phrase(Lang l, LangPhrase p, gint64 a, gint64 b);

/* Numbers as the language writes them, never the C locale's: "1,234" /
 * "1 234" (narrow no-break space) for whole numbers, "–5" (an en dash:
 * the bundled fonts have no U+2212) for negative ones, "78.5%" / "78,5 %"
 * for shares with `decimals` digits. Caller frees. */
char *lang_integer(Lang l, gint64 n);
char *lang_percent(Lang l, double percent, int decimals);

#endif
