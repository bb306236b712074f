/* months: month names and date wording in en, ru and kk; see months.h.
 * Tables follow CLDR: Russian keeps a nominative (standalone) and a genitive
 * (format) list, Kazakh writes long dates year first ("2019 ж. 16 қазан"). */
#include "months.h"

#include <string.h>

typedef enum { LANG_EN, LANG_RU, LANG_KK } Lang;

static const char *const names[3][3][12] = {
	[LANG_EN] = {
		{"January", "February", "March", "April", "May", "June", "July",
		 "August", "September", "October", "November", "December"},
		{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
		 "Nov", "Dec"},
		{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
		 "Nov", "Dec"},
	},
	[LANG_RU] = {
		{"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль",
		 "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"},
		{"Янв.", "Февр.", "Март", "Апр.", "Май", "Июнь", "Июль", "Авг.",
		 "Сент.", "Окт.", "Нояб.", "Дек."},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
		 "августа", "сентября", "октября", "ноября", "декабря"},
	},
	[LANG_KK] = {
		{"Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде",
		 "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"},
		{"Қаң.", "Ақп.", "Нау.", "Сәу.", "Мам.", "Мау.", "Шіл.", "Там.",
		 "Қыр.", "Қаз.", "Қар.", "Жел."},
		{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
		 "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"},
	},
};

static Lang lang_of(const char *lang)
{
	if (lang && !strcmp(lang, "ru"))
		return LANG_RU;
	if (lang && !strcmp(lang, "kk"))
		return LANG_KK;
	return LANG_EN;
}

gboolean months_lang_known(const char *lang)
{
	return lang && (!strcmp(lang, "en") || !strcmp(lang, "ru") || !strcmp(lang, "kk"));
}

const char *months_name(const char *lang, int month, MonthsForm form)
{
	if (month < 1 || month > 12)
		return "";
	return names[lang_of(lang)][form][month - 1];
}

/* The date without qualifiers. */
static void append_plain(GString *s, Lang l, const Date *d)
{
	switch (d->prec) {
	case DATE_YEAR:
		g_string_append_printf(s, "%d", d->year);
		break;
	case DATE_MONTH:
		if (l == LANG_KK)
			g_string_append_printf(s, "%d ж. %s", d->year,
			                       names[l][MONTHS_IN_DATE][d->month - 1]);
		else
			/* Russian month-year takes the nominative: "Декабрь 2019". */
			g_string_append_printf(s, "%s %d",
			                       names[l][l == LANG_EN ? MONTHS_AXIS_SHORT : MONTHS_AXIS][d->month - 1],
			                       d->year);
		break;
	case DATE_DAY:
		if (l == LANG_KK)
			g_string_append_printf(s, "%d ж. %d %s", d->year, d->day,
			                       names[l][MONTHS_IN_DATE][d->month - 1]);
		else
			g_string_append_printf(s, "%d %s %d", d->day,
			                       names[l][MONTHS_IN_DATE][d->month - 1], d->year);
		break;
	}
}

static const char *const approx_word[3] = {"c. ", "ок. ", "шамамен "};

char *months_format_date(const char *lang, const Date *d)
{
	Lang l = lang_of(lang);
	GString *s = g_string_new(NULL);
	if (d->qual & DATE_APPROX)
		g_string_append(s, approx_word[l]);
	append_plain(s, l, d);
	if (d->qual & DATE_UNCERTAIN)
		g_string_append_c(s, '?');
	return g_string_free(s, FALSE);
}

#define DASH "\u2013"

char *months_format_range(const char *lang, const Date *a, const Date *b)
{
	Lang l = lang_of(lang);
	if (a->year == b->year && a->month == b->month && a->day == b->day &&
	    a->prec == b->prec && a->qual == b->qual)
		return months_format_date(lang, a);
	if (a->qual == 0 && b->qual == 0 && a->prec == DATE_MONTH && b->prec == DATE_MONTH &&
	    a->year == b->year) {
		/* Months of one year name the year once: "Apr – May 2016",
		 * "Апрель – май 2016", "2016 ж. сәуір – мамыр". */
		if (l == LANG_KK)
			return g_strdup_printf("%d ж. %s " DASH " %s", a->year,
			                       names[l][MONTHS_IN_DATE][a->month - 1],
			                       names[l][MONTHS_IN_DATE][b->month - 1]);
		int form = l == LANG_EN ? MONTHS_AXIS_SHORT : MONTHS_AXIS;
		char *second = l == LANG_RU ? g_utf8_strdown(names[l][form][b->month - 1], -1)
		                            : g_strdup(names[l][form][b->month - 1]);
		char *r = g_strdup_printf("%s " DASH " %s %d", names[l][form][a->month - 1],
		                          second, a->year);
		g_free(second);
		return r;
	}
	gboolean plain = a->qual == 0 && b->qual == 0 && a->prec == DATE_DAY &&
	                 b->prec == DATE_DAY && a->year == b->year;
	if (!plain) {
		char *x = months_format_date(lang, a), *y = months_format_date(lang, b);
		char *r = g_strdup_printf("%s " DASH " %s", x, y);
		g_free(x);
		g_free(y);
		return r;
	}
	const char *ma = names[l][MONTHS_IN_DATE][a->month - 1];
	const char *mb = names[l][MONTHS_IN_DATE][b->month - 1];
	if (a->month == b->month) {
		if (l == LANG_KK)
			return g_strdup_printf("%d ж. %d" DASH "%d %s", a->year, a->day, b->day, mb);
		return g_strdup_printf("%d" DASH "%d %s %d", a->day, b->day, mb, a->year);
	}
	if (l == LANG_KK)
		return g_strdup_printf("%d ж. %d %s " DASH " %d %s", a->year, a->day, ma,
		                       b->day, mb);
	return g_strdup_printf("%d %s " DASH " %d %s %d", a->day, ma, b->day, mb, a->year);
}

/* Russian plural class of n: 0 one, 1 few, 2 many. */
static int ru_plural(gint64 n)
{
	gint64 t = n % 10, h = n % 100;
	if (t == 1 && h != 11)
		return 0;
	if (t >= 2 && t <= 4 && (h < 12 || h > 14))
		return 1;
	return 2;
}

char *months_format_duration(const char *lang, gint64 days)
{
	static const char *const en[3][2] = {
		{"day", "days"}, {"month", "months"}, {"year", "years"}};
	static const char *const ru[3][3] = {
		{"день", "дня", "дней"}, {"месяц", "месяца", "месяцев"},
		{"год", "года", "лет"}};
	static const char *const kk[3] = {"күн", "ай", "жыл"};
	int unit = 0;
	gint64 n = days;
	if (days >= 730) {
		unit = 2;
		n = (gint64)(days / 365.2425 + 0.5);
	} else if (days >= 61) {
		unit = 1;
		n = (gint64)(days / 30.436875 + 0.5);
	}
	switch (lang_of(lang)) {
	case LANG_RU:
		return g_strdup_printf("%" G_GINT64_FORMAT " %s", n, ru[unit][ru_plural(n)]);
	case LANG_KK:
		return g_strdup_printf("%" G_GINT64_FORMAT " %s", n, kk[unit]);
	default:
		return g_strdup_printf("%" G_GINT64_FORMAT " %s", n, en[unit][n == 1 ? 0 : 1]);
	}
}
