/* date: calendar dates of year, month or day precision, with the ~ and ?
 * qualifiers, parsed strictly and converted to day numbers through GDate. */
#ifndef RENDER_DATE_H
#define RENDER_DATE_H

#include <glib.h>

typedef enum { DATE_YEAR, DATE_MONTH, DATE_DAY } DatePrecision;

enum { DATE_APPROX = 1, /* "~": about this date */
       DATE_UNCERTAIN = 2 /* "?": this date is doubtful */ };

typedef struct Date {
	int year;            /* 1 .. 9999 */
	int month;           /* 1 .. 12, or 0 when prec == DATE_YEAR */
	int day;             /* 1 .. 31, or 0 when prec < DATE_DAY */
	DatePrecision prec;
	unsigned qual;       /* DATE_APPROX | DATE_UNCERTAIN */
} Date;

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed by "~", "?"
 * or both. On failure returns FALSE and sets *why (caller frees) to the
 * reason, e.g. "February 2019 has 28 days", and *badcol to the 0-based byte
 * offset in s where the problem starts. */
gboolean date_parse(const char *s, Date *out, char **why, int *badcol);

/* Day numbers (GDate Julian days, day 1 = 1 Jan 0001) of the first and the
 * last day the date covers: a month-precision date covers its whole month. */
gint64 date_first_day(const Date *d);
gint64 date_last_day(const Date *d);

/* The inverse of the day numbers above. */
void date_from_day(gint64 day, int *year, int *month, int *mday);

/* Days in the given month (1..12) of the given year. */
int date_days_in_month(int year, int month);

/* Compares by first day, then last day, then precision; for sorting. */
int date_compare(const Date *a, const Date *b);

#endif
