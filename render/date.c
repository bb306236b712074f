/* date: strict parsing of YYYY, YYYY-MM and YYYY-MM-DD with ~ and ? qualifiers,
 * and day numbers through GDate; see date.h. */
#include "date.h"
#include "lang.h"

#include <string.h>


/* Sets the failure outputs; always FALSE so callers can return it. Reasons
 * name only what is wrong: callers add the accepted forms themselves. */
static gboolean fail(char **why, int *badcol, gsize at, const char *fmt, ...)
	G_GNUC_PRINTF(4, 5);

static gboolean fail(char **why, int *badcol, gsize at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	if (why)
		*why = msg;
	else
		g_free(msg);
	if (badcol)
		*badcol = at > G_MAXINT ? G_MAXINT : (int)at;
	return FALSE;
}

/* The character at s, quoted for a message: a whole UTF-8 character when
 * valid, else its byte in hex, so messages stay valid UTF-8. */
static char *show_char(const char *s)
{
	unsigned char b = (unsigned char)*s;
	if (b == ' ')
		return g_strdup("space");
	if (b == '\t')
		return g_strdup("tab");
	if (b < 0x20 || b == 0x7f)
		return g_strdup_printf("byte 0x%02X", b);
	gunichar u = g_utf8_get_char_validated(s, -1);
	if (u == (gunichar)-1 || u == (gunichar)-2)
		return g_strdup_printf("byte 0x%02X", b);
	return g_strdup_printf("\"%.*s\"", (int)(g_utf8_next_char(s) - s), s);
}

static gsize count_digits(const char *s)
{
	gsize n = 0;
	while (g_ascii_isdigit(s[n]))
		n++;
	return n;
}

static int two_digits(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* A part (month or day) must be exactly two digits; says so otherwise. */
static gboolean check_two(const char *s, gsize at, const char *part,
                          const char *range, const char *form, char **why,
                          int *badcol)
{
	gsize n = count_digits(s + at);
	if (n == 2)
		return TRUE;
	if (n == 0) {
		if (s[at] == '\0')
			return fail(why, badcol, at, "the %s is missing after \"-\"",
			            part);
		char *c = show_char(s + at);
		gboolean r = fail(why, badcol, at, "%s where the %s should be "
		                  "(%s)", c, part, form);
		g_free(c);
		return r;
	}
	return fail(why, badcol, at, "%s \"%.*s\": %ss have 2 digits, %s",
	            part, (int)MIN(n, 8), s + at, part, range);
}

/* The qualifiers after a date's digits, from s[at]: ~ and ?, each at most
 * once, in either order. */
static gboolean parse_qualifiers(const char *s, gsize at, Date *d, char **why,
                                 int *badcol)
{
	for (; s[at]; at++) {
		unsigned bit = s[at] == '~' ? DATE_APPROX
		             : s[at] == '?' ? DATE_UNCERTAIN : 0;
		if (bit == 0) {
			char *c = show_char(s + at);
			const char *next = d->prec == DATE_YEAR ? "-MM, ~, ? or the end"
			                 : d->prec == DATE_MONTH ? "-DD, ~, ? or the end"
			                 : "~, ? or the end";
			gboolean r;
			if (s[at] == ' ' || s[at] == '\t')
				r = fail(why, badcol, at, "%s inside the date: write it "
				         "without spaces", c);
			else if (d->qual)
				r = fail(why, badcol, at, "unexpected %s after the "
				         "qualifier: only ~ and ? may follow the date", c);
			else
				r = fail(why, badcol, at, "unexpected %s: expected %s",
				         c, next);
			g_free(c);
			return r;
		}
		if (d->qual & bit)
			return fail(why, badcol, at, "\"%c\" given twice: write it once",
			            s[at]);
		d->qual |= bit;
	}

	return TRUE;
}

gboolean date_parse(const char *s, Date *out, char **why, int *badcol)
{
	if (why)
		*why = NULL;
	if (badcol)
		*badcol = 0;
	if (!s || !*s)
		return fail(why, badcol, 0, "the date is empty");

	Date d = { 0 };
	gsize n = count_digits(s);
	if (n == 0) {
		if (s[0] == '-' && g_ascii_isdigit(s[1]))
			return fail(why, badcol, 0, "years before 0001 are not "
			            "supported: years run 0001 to 9999");
		return fail(why, badcol, 0, "it does not start with a "
		            "4-digit year");
	}
	if (n == 8 && (s[8] == '\0' || s[8] == '~' || s[8] == '?'))
		return fail(why, badcol, 0, "write it with dashes, as "
		            "%.4s-%.2s-%.2s", s, s + 4, s + 6);
	if (n != 4) {
		if (n < 4 && (s[n] == '/' || s[n] == '.'))
			return fail(why, badcol, 0, "write the year first, as "
			            "YYYY-MM-DD");
		return fail(why, badcol, 0, "year \"%.*s\": years have 4 digits, "
		            "0001 to 9999", (int)MIN(n, 12), s);
	}
	d.year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + two_digits(s + 2);
	if (d.year == 0)
		return fail(why, badcol, 0, "year 0000: years run 0001 to 9999");
	d.prec = DATE_YEAR;
	gsize at = 4;

	if (s[at] == '-') {
		at++;
		if (!check_two(s, at, "month", "01 to 12", "YYYY-MM", why,
		               badcol))
			return FALSE;
		d.month = two_digits(s + at);
		if (d.month < 1 || d.month > 12)
			return fail(why, badcol, at, "month %.2s: months run 01 to 12",
			            s + at);
		d.prec = DATE_MONTH;
		at += 2;
		if (s[at] == '-') {
			at++;
			if (!check_two(s, at, "day", "01 to 31", "YYYY-MM-DD",
			               why, badcol))
				return FALSE;
			d.day = two_digits(s + at);
			if (d.day == 0)
				return fail(why, badcol, at, "day 00: days start at 01");
			int dim = date_days_in_month(d.year, d.month);
			if (d.day > dim)
				return fail(why, badcol, at, "%s %d has %d days",
				            lang_month(LANG_EN, d.month, LANG_MONTH_AXIS), d.year, dim);
			d.prec = DATE_DAY;
			at += 2;
		}
	}

	if (!parse_qualifiers(s, at, &d, why, badcol))
		return FALSE;
	if (out)
		*out = d;
	return TRUE;
}

static gint64 julian(int year, int month, int day)
{
	/* A Date that date_parse did not make: 0 rather than a GLib critical. */
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1
	    || !g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)year))
		return 0;
	GDate g;
	g_date_clear(&g, 1);
	g_date_set_dmy(&g, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
	return (gint64)g_date_get_julian(&g);
}

gint64 date_first_day(const Date *d)
{
	return julian(d->year, d->prec >= DATE_MONTH ? d->month : 1,
	              d->prec == DATE_DAY ? d->day : 1);
}

gint64 date_last_day(const Date *d)
{
	switch (d->prec) {
	case DATE_DAY:
		return julian(d->year, d->month, d->day);
	case DATE_MONTH:
		return julian(d->year, d->month,
		              date_days_in_month(d->year, d->month));
	case DATE_YEAR:
	default:
		return julian(d->year, 12, 31);
	}
}

void date_from_day(gint64 day, int *year, int *month, int *mday)
{
	/* Outside 0001-01-01 .. 9999-12-31 clamp, so axis arithmetic near the
	 * ends never hands GDate an invalid day. */
	gint64 last = julian(9999, 12, 31);
	if (day < 1)
		day = 1;
	if (day > last)
		day = last;
	GDate g;
	g_date_clear(&g, 1);
	g_date_set_julian(&g, (guint32)day);
	if (year)
		*year = g_date_get_year(&g);
	if (month)
		*month = g_date_get_month(&g);
	if (mday)
		*mday = g_date_get_day(&g);
}

int date_days_in_month(int year, int month)
{
	if (month < 1 || month > 12 || year < 1 || year > 9999)
		return 0;
	return g_date_get_days_in_month((GDateMonth)month, (GDateYear)year);
}

static int cmp64(gint64 a, gint64 b)
{
	return (a > b) - (a < b);
}

int date_compare(const Date *a, const Date *b)
{
	int c = cmp64(date_first_day(a), date_first_day(b));
	if (c == 0)
		c = cmp64(date_last_day(a), date_last_day(b));
	if (c == 0)
		c = cmp64(a->prec, b->prec);
	/* Last, the qualifiers, so equal keys mean equal dates. */
	if (c == 0)
		c = cmp64(a->qual, b->qual);
	return c;
}
