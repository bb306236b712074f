/* datefix: advice for dates written in common other forms; see datefix.h.
 * A date is split into numbers and words (month names in English, Russian
 * and Kazakh), and a few known orders of them are tried. */
#include "datefix.h"
#include "date.h"
#include "lang.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TOKENS 4

typedef struct Token {
	int value;      /* a number's value (at most 6 digits are read), or a month 1..12 */
	int digits;     /* 0 for a month name */
} Token;

/* What s says, in order: numbers and month names, and the separator
 * between the numbers (0 when they differ or there are words). */
typedef struct Parts {
	Token t[MAX_TOKENS];
	int n;
	char sep;
	gboolean words;
} Parts;

/* Words that may stand beside a year and say nothing more: "2020 г.",
 * "2019 ж.". */
static gboolean is_year_word(const char *w)
{
	static const char *const words[] = {"г", "год", "года", "ж", "жыл", "жылы"};
	for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
		if (!strcmp(w, words[i]))
			return TRUE;
	return FALSE;
}

/* The month a word names (casefolded, no final dot) in any language and
 * form render knows, or the start (3 letters at least) of an English name:
 * "Sept", "Febr"; 0 for none. */
static int month_of(const char *word)
{
	static const Lang langs[] = {LANG_EN, LANG_RU, LANG_KK};
	static const LangMonthForm forms[] = {LANG_MONTH_AXIS, LANG_MONTH_AXIS_SHORT,
	                                      LANG_MONTH_IN_DATE};
	int found = 0;
	for (int m = 1; m <= 12 && !found; m++)
		for (size_t l = 0; l < G_N_ELEMENTS(langs) && !found; l++)
			for (size_t f = 0; f < G_N_ELEMENTS(forms) && !found; f++) {
				const char *name = lang_month(langs[l], m, forms[f]);
				char *bare = g_strndup(name, strcspn(name, "."));
				char *fold = g_utf8_casefold(bare, -1);
				gsize n = strlen(word);
				found = !strcmp(fold, word) ||
				        (langs[l] == LANG_EN && forms[f] == LANG_MONTH_AXIS &&
				         n >= 3 && !strncmp(fold, word, n)) ? m : 0;
				g_free(fold);
				g_free(bare);
			}
	return found;
}

/* The separators a date may have between its parts. */
static gboolean is_sep(char c)
{
	return c == '/' || c == '.' || c == '-' || c == ' ' || c == ',' || c == '_';
}

static gboolean split(const char *s, Parts *p)
{
	*p = (Parts){.n = 0};
	gboolean mixed = FALSE;
	for (const char *c = s; *c;) {
		if (is_sep(*c)) {
			if (*c != ' ' && *c != ',' && p->n > 0 && !p->words) {
				mixed |= p->sep && p->sep != *c;
				p->sep = *c;
			}
			c++;
			continue;
		}
		const char *start = c;
		if (g_ascii_isdigit(*c)) {
			while (g_ascii_isdigit(*c))
				c++;
			if (p->n == MAX_TOKENS || c - start > 6)
				return FALSE;
			char *num = g_strndup(start, (gsize)(c - start));
			p->t[p->n++] = (Token){atoi(num), (int)(c - start)};
			g_free(num);
			continue;
		}
		while (*c && !is_sep(*c) && !g_ascii_isdigit(*c))
			c = g_utf8_next_char(c);
		char *word = g_strndup(start, (gsize)(c - start));
		char *fold = g_utf8_validate(word, -1, NULL) ? g_utf8_casefold(word, -1) : NULL;
		int m = fold ? month_of(fold) : 0;
		gboolean skip = fold && is_year_word(fold);
		g_free(fold);
		g_free(word);
		if (skip)
			continue;
		if (!m || p->n == MAX_TOKENS || p->words)
			return FALSE;
		p->t[p->n++] = (Token){m, 0};
		p->words = TRUE;
	}
	if (mixed || p->words)
		p->sep = 0;
	return p->n > 0;
}

/* "2020-02-21" (day 0: "2020-02"), then the qualifiers qual ("~", "?"), if
 * it is a real date, else NULL. */
static char *iso(int year, int month, int day, const char *qual)
{
	char *s = day ? g_strdup_printf("%04d-%02d-%02d%s", year, month, day, qual)
	              : g_strdup_printf("%04d-%02d%s", year, month, qual);
	if (year >= 1 && year <= 9999 && date_parse(s, NULL, NULL, NULL))
		return s;
	g_free(s);
	return NULL;
}

/* "write DATE", or NULL for no date; takes date. */
static char *write_date(char *date)
{
	char *s = date ? g_strdup_printf("write %s", date) : NULL;
	g_free(date);
	return s;
}

/* Day and month in an order the numbers alone do not tell. */
static char *either(int year, int a, int b, const char *qual)
{
	char *ab = iso(year, b, a, qual), *ba = iso(year, a, b, qual);
	char *s = NULL;
	if (ab && ba)
		s = g_strdup_printf("day and month can be read either way: write %s "
		                    "(%d %s) or %s (%d %s)", ab, a,
		                    lang_month(LANG_EN, b, LANG_MONTH_AXIS), ba, b,
		                    lang_month(LANG_EN, a, LANG_MONTH_AXIS));
	g_free(ab);
	g_free(ba);
	return s;
}

/* Three numbers, the year last: "21/02/2020", "02/21/2020", "21.02.2020"
 * (dots: the day first, as everywhere that writes them), "21/02/20". */
static char *year_last(const Token *t, char sep, const char *qual)
{
	int a = t[0].value, b = t[1].value, y = t[2].value;
	if (t[0].digits > 2 || t[1].digits > 2 || (t[2].digits != 4 && t[2].digits != 2))
		return NULL;
	gboolean day_first = sep == '.' || (a > 12 && b <= 12);
	gboolean month_first = sep != '.' && b > 12 && a <= 12;
	if (t[2].digits == 2) {
		if (!day_first && !month_first && a != b)
			return NULL;
		int d = month_first ? b : a, m = month_first ? a : b;
		char *late = iso(2000 + y, m, d, qual), *early = iso(1900 + y, m, d, qual);
		char *s = late && early ? g_strdup_printf("write the year in full: %s or %s",
		                                          late, early) : NULL;
		g_free(late);
		g_free(early);
		return s;
	}
	if (day_first || a == b)
		return write_date(iso(y, b, a, qual));
	if (month_first)
		return write_date(iso(y, a, b, qual));
	return either(y, a, b, qual);
}

/* The numbers and words of s, in an order a date is commonly written. */
static char *from_parts(const Parts *p, const char *qual)
{
	const Token *t = p->t;
	int y4[MAX_TOKENS];
	for (int i = 0; i < p->n; i++)
		y4[i] = !t[i].digits ? -1 : t[i].digits == 4 ? 1 : t[i].digits <= 2 ? 0 : -2;
	char *date = NULL;
	if (!p->words && p->n == 3 && p->sep && y4[0] == 1 && !y4[1] && !y4[2])
		date = iso(t[0].value, t[1].value, t[2].value, qual);        /* 2020/02/21 */
	else if (!p->words && p->n == 3 && p->sep)
		return year_last(t, p->sep, qual);
	else if (!p->words && p->n == 2 && p->sep && y4[0] == 1 && !y4[1])
		date = iso(t[0].value, t[1].value, 0, qual);                 /* 2020/02 */
	else if (!p->words && p->n == 2 && p->sep && !y4[0] && y4[1] == 1)
		date = iso(t[1].value, t[0].value, 0, qual);                 /* 02/2020 */
	else if (p->words && p->n == 3 && y4[0] == -1 && !y4[1] && y4[2] == 1)
		date = iso(t[2].value, t[0].value, t[1].value, qual);        /* Feb 21, 2020 */
	else if (p->words && p->n == 3 && !y4[0] && y4[1] == -1 && y4[2] == 1)
		date = iso(t[2].value, t[1].value, t[0].value, qual);        /* 21 Feb 2020 */
	else if (p->words && p->n == 3 && y4[0] == 1 && y4[1] == -1 && !y4[2])
		date = iso(t[0].value, t[1].value, t[2].value, qual);        /* 2020 Feb 21 */
	else if (p->words && p->n == 3 && y4[0] == 1 && !y4[1] && y4[2] == -1)
		date = iso(t[0].value, t[2].value, t[1].value, qual);        /* 2019 ж. 16 қазан */
	else if (p->words && p->n == 2 && y4[0] == -1 && y4[1] == 1)
		date = iso(t[1].value, t[0].value, 0, qual);                 /* February 2020 */
	else if (p->words && p->n == 2 && y4[0] == 1 && y4[1] == -1)
		date = iso(t[0].value, t[1].value, 0, qual);                 /* 2020 February */
	return write_date(date);
}

/* "2020-02-21 10:00", "2020-02-21T10:00:00Z": a date, then a time of day. */
static char *with_time(const char *s, const char *qual, int *at)
{
	gsize n = strcspn(s, " Tt");
	const char *rest = s + n;
	while (*rest == ' ' || *rest == 'T' || *rest == 't')
		rest++;
	if (!s[n] || !g_ascii_isdigit(*rest) || !strchr(rest, ':'))
		return NULL;
	char *date = g_strndup(s, n);
	if (!date_parse(date, NULL, NULL, NULL)) {
		g_free(date);
		return NULL;
	}
	*at = (int)n;
	char *advice = g_strdup_printf("a timeline date has no time of day: write %s%s",
	                               date, qual);
	g_free(date);
	return advice;
}

/* "2020–02–21": dashes or minus signs where hyphen-minus belongs. */
static char *with_dashes(const char *s, const char *qual, int *at)
{
	static const char *const dashes[] = {"\u2010", "\u2011", "\u2012", "\u2013",
	                                     "\u2014", "\u2212"};
	GString *fixed = g_string_new(s);
	const char *first = NULL;
	for (size_t i = 0; i < G_N_ELEMENTS(dashes); i++) {
		const char *hit = strstr(s, dashes[i]);
		if (hit && (!first || hit < first))
			first = hit;
		g_string_replace(fixed, dashes[i], "-", 0);
	}
	char *advice = NULL;
	if (first && date_parse(fixed->str, NULL, NULL, NULL)) {
		*at = (int)(first - s);
		advice = g_strdup_printf("these are dashes, not hyphens (-): write %s%s",
		                         fixed->str, qual);
	}
	g_string_free(fixed, TRUE);
	return advice;
}

/* "43882": a spreadsheet's day number (day 1 is 1900-01-01, counted with
 * the 29 February 1900 it wrongly has), when a date column was saved
 * unformatted. Five digits: 1927 to 2173. */
static char *day_number(const Parts *p, const char *qual)
{
	if (p->n == 1 && p->t[0].digits == 4) {   /* "2020 г.", "2020." */
		char *year = g_strdup_printf("%04d%s", p->t[0].value, qual);
		if (!date_parse(year, NULL, NULL, NULL))
			g_clear_pointer(&year, g_free);
		return write_date(year);
	}
	if (p->n != 1 || p->words || p->t[0].digits != 5)
		return NULL;
	Date epoch = {1899, 12, 30, DATE_DAY, 0};
	int y, m, d;
	date_from_day(date_first_day(&epoch) + p->t[0].value, &y, &m, &d);
	char *date = iso(y, m, d, qual);
	char *s = date ? g_strdup_printf("if this is a spreadsheet's day number, write "
	                                 "%s (format the column as dates before saving)",
	                                 date) : NULL;
	g_free(date);
	return s;
}

char *datefix_advice(const char *s, int *at)
{
	*at = 0;
	/* A year before 0001 ("-0500", "−500") has no date to write instead:
	 * dropping the sign would make it another year. */
	if (s[0] == '-' || g_str_has_prefix(s, "\u2212") || g_str_has_prefix(s, "\u2013"))
		return NULL;
	/* ~ and ? at the end are kept as they are. */
	gsize n = strlen(s);
	while (n > 0 && (s[n - 1] == '~' || s[n - 1] == '?'))
		n--;
	char *body = g_strndup(s, n);
	const char *qual = s + n;
	char *advice = with_time(body, qual, at);
	if (!advice)
		advice = with_dashes(body, qual, at);
	Parts p;
	if (!advice && split(body, &p))
		advice = p.n == 1 ? day_number(&p, qual) : from_parts(&p, qual);
	g_free(body);
	return advice;
}
