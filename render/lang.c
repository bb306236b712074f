/* lang: words, dates and numbers in en, ru and kk; see lang.h.
 * Tables follow CLDR: Russian keeps a nominative (standalone) and a genitive
 * (format) list of months, Kazakh writes long dates year first ("2019 ж. 16
 * қазан"); both write a decimal comma and group thousands with a space. */
#include "lang.h"

#include <math.h>
#include <string.h>

static const char *const codes[] = {"en", "ru", "kk"};

gboolean lang_parse(const char *code, Lang *out)
{
	for (size_t i = 0; code && i < G_N_ELEMENTS(codes); i++)
		if (!g_ascii_strcasecmp(code, codes[i])) {
			*out = (Lang)i;
			return TRUE;
		}
	return FALSE;
}

const char *lang_code(Lang l)
{
	return codes[l];
}

/* ---- Months and dates ---- */

static const char *const month_names[3][3][12] = {
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

const char *lang_month(Lang l, int month, LangMonthForm form)
{
	if (month < 1 || month > 12)
		return "";
	return month_names[l][form][month - 1];
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
			                       lang_month(l, d->month, LANG_MONTH_IN_DATE));
		else
			/* Russian month-year takes the nominative: "Декабрь 2019". */
			g_string_append_printf(s, "%s %d",
			                       lang_month(l, d->month, l == LANG_EN ? LANG_MONTH_AXIS_SHORT
			                                                            : LANG_MONTH_AXIS),
			                       d->year);
		break;
	case DATE_DAY:
		if (l == LANG_KK)
			g_string_append_printf(s, "%d ж. %d %s", d->year, d->day,
			                       lang_month(l, d->month, LANG_MONTH_IN_DATE));
		else
			g_string_append_printf(s, "%d %s %d", d->day,
			                       lang_month(l, d->month, LANG_MONTH_IN_DATE), d->year);
		break;
	}
}

char *lang_date(Lang l, const Date *d)
{
	GString *s = g_string_new(NULL);
	if (d->qual & DATE_APPROX) {
		g_string_append(s, lang_word(l, LANG_W_ABOUT, 1));
		g_string_append_c(s, ' ');
	}
	append_plain(s, l, d);
	if (d->qual & DATE_UNCERTAIN)
		g_string_append_c(s, '?');
	return g_string_free(s, FALSE);
}

#define DASH "\u2013"

char *lang_date_range(Lang l, const Date *a, const Date *b)
{
	if (a->year == b->year && a->month == b->month && a->day == b->day &&
	    a->prec == b->prec && a->qual == b->qual)
		return lang_date(l, a);
	if (a->qual == 0 && b->qual == 0 && a->prec == DATE_MONTH && b->prec == DATE_MONTH &&
	    a->year == b->year) {
		/* Months of one year name the year once: "Apr – May 2016",
		 * "Апрель – май 2016", "2016 ж. сәуір – мамыр". */
		if (l == LANG_KK)
			return g_strdup_printf("%d ж. %s " DASH " %s", a->year,
			                       lang_month(l, a->month, LANG_MONTH_IN_DATE),
			                       lang_month(l, b->month, LANG_MONTH_IN_DATE));
		LangMonthForm form = l == LANG_EN ? LANG_MONTH_AXIS_SHORT : LANG_MONTH_AXIS;
		char *second = l == LANG_RU ? g_utf8_strdown(lang_month(l, b->month, form), -1)
		                            : g_strdup(lang_month(l, b->month, form));
		char *r = g_strdup_printf("%s " DASH " %s %d", lang_month(l, a->month, form),
		                          second, a->year);
		g_free(second);
		return r;
	}
	gboolean plain = a->qual == 0 && b->qual == 0 && a->prec == DATE_DAY &&
	                 b->prec == DATE_DAY && a->year == b->year;
	if (!plain) {
		char *x = lang_date(l, a), *y = lang_date(l, b);
		char *r = g_strdup_printf("%s " DASH " %s", x, y);
		g_free(x);
		g_free(y);
		return r;
	}
	const char *ma = lang_month(l, a->month, LANG_MONTH_IN_DATE);
	const char *mb = lang_month(l, b->month, LANG_MONTH_IN_DATE);
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

/* ---- Plurals, words and phrases ---- */

int lang_plural(Lang l, gint64 n)
{
	if (n < 0)
		n = -n;
	switch (l) {
	case LANG_RU: {
		gint64 t = n % 10, h = n % 100;
		if (t == 1 && h != 11)
			return 0;
		if (t >= 2 && t <= 4 && (h < 12 || h > 14))
			return 1;
		return 2;
	}
	case LANG_KK:
		return 0;
	default:
		return n == 1 ? 0 : 2;
	}
}

char *lang_duration(Lang l, gint64 days)
{
	static const char *const units[3][3][3] = {
		[LANG_EN] = {{"day", "days", "days"}, {"month", "months", "months"},
		             {"year", "years", "years"}},
		[LANG_RU] = {{"день", "дня", "дней"}, {"месяц", "месяца", "месяцев"},
		             {"год", "года", "лет"}},
		[LANG_KK] = {{"күн", "күн", "күн"}, {"ай", "ай", "ай"}, {"жыл", "жыл", "жыл"}},
	};
	int unit = 0;
	gint64 n = days;
	if (days >= 730) {
		unit = 2;
		n = (gint64)(days / 365.2425 + 0.5);
	} else if (days >= 61) {
		unit = 1;
		n = (gint64)(days / 30.436875 + 0.5);
	}
	return g_strdup_printf("%" G_GINT64_FORMAT " %s", n, units[l][unit][lang_plural(l, n)]);
}

/* [word][language][plural class]; a word without plural forms repeats it. */
#define SAME(s) {s, s, s}
static const char *const words[LANG_W_COUNT][3][3] = {
	[LANG_W_SEATS] = {{"seat", "seats", "seats"}, {"место", "места", "мест"},
	                  SAME("орын")},
	[LANG_W_EVENTS] = {{"event", "events", "events"}, {"событие", "события", "событий"},
	                   SAME("оқиға")},
	[LANG_W_MAJORITY] = {SAME("Majority"), SAME("Большинство"), SAME("Көпшілік")},
	[LANG_W_APPOINTED] = {SAME("appointed"), SAME("назначены"), SAME("тағайындалған")},
	[LANG_W_INDEPENDENT] = {SAME("independent"), SAME("независимые"), SAME("тәуелсіз")},
	[LANG_W_VACANT] = {SAME("vacant"), SAME("вакантно"), SAME("бос")},
	[LANG_W_GOVERNMENT] = {SAME("Government"), SAME("Правительство"), SAME("Үкімет")},
	[LANG_W_OPPOSITION] = {SAME("Opposition"), SAME("Оппозиция"), SAME("Оппозиция")},
	[LANG_W_CROSS_BENCHES] = {SAME("Cross benches"), SAME("Вне фракций"),
	                          SAME("Фракциядан тыс")},
	[LANG_W_SOURCES] = {SAME("Sources:"), SAME("Источники:"), SAME("Дереккөздер:")},
	[LANG_W_SOURCE] = {SAME("Source:"), SAME("Источник:"), SAME("Дереккөз:")},
	[LANG_W_ABOUT] = {SAME("c."), SAME("ок."), SAME("шамамен")},
	[LANG_W_KEY_DAY] = {SAME("exact day"), SAME("точный день"), SAME("нақты күн")},
	[LANG_W_KEY_PERIOD] = {SAME("month or year only"), SAME("только месяц или год"),
	                       SAME("тек ай немесе жыл")},
	[LANG_W_KEY_VAGUE] = {SAME("approximate or uncertain"),
	                      SAME("приблизительно или под вопросом"),
	                      SAME("шамамен немесе күмәнді")},
	[LANG_W_FORMERLY] = {SAME("formerly"), SAME("ранее"), SAME("бұрынғы")},
	[LANG_W_NOT_ON_CHART] = {SAME("Not labelled on the chart for lack of room:"),
	                         SAME("Не подписаны на схеме (нет места):"),
	                         SAME("Схемада орын жетпей белгіленбегендер:")},
	[LANG_W_ALT_GAPS] = {SAME("Periods without events left out of the axis:"),
	                     SAME("Периоды без событий, не показанные на оси:"),
	                     SAME("Осьте көрсетілмеген оқиғасыз кезеңдер:")},
};

const char *lang_word(Lang l, LangWord w, gint64 n)
{
	return words[w][l][lang_plural(l, n)];
}

static const char *const phrases[LANG_P_COUNT][3][3] = {
	[LANG_P_AND_MORE] = {SAME("and {a} more"), SAME("и ещё {a}"), SAME("тағы {a}")},
	[LANG_P_ALT_TIMELINE] = {{"Timeline of {a} event", "Timeline of {a} events",
	                          "Timeline of {a} events"},
	                         {"Хронология: {a} событие", "Хронология: {a} события",
	                          "Хронология: {a} событий"},
	                         SAME("Хронология: {a} оқиға")},
	[LANG_P_ALT_LISTED] = {SAME("The {a} most important, by date:"),
	                       SAME("Самые важные ({a}), по дате:"),
	                       SAME("Ең маңыздылары ({a}), күні бойынша:")},
	[LANG_P_ALT_MORE] = {{"... and {a} more event.", "... and {a} more events.",
	                      "... and {a} more events."},
	                     {"... и ещё {a} событие.", "... и ещё {a} события.",
	                      "... и ещё {a} событий."},
	                     SAME("... тағы {a} оқиға.")},
	[LANG_P_OTHER_GROUPS] = {SAME("other groups ({a})"), SAME("другие группы ({a})"),
	                         SAME("басқа топтар ({a})")},
	[LANG_P_OTHERS] = {SAME("Others ({a})"), SAME("Другие ({a})"),
	                   SAME("Басқалар ({a})")},
	[LANG_P_NOT_LABELLED] = {
		{"{a} of {b} events is not labelled: there is no room for it at this size "
		 "(higher priority kept).",
		 "{a} of {b} events are not labelled: there is no room for them at this "
		 "size (higher priority kept).",
		 "{a} of {b} events are not labelled: there is no room for them at this "
		 "size (higher priority kept)."},
		SAME("Не подписано событий: {a} из {b} (не хватает места; оставлены более "
		     "важные)."),
		SAME("Белгісіз қалған оқиғалар: {a} / {b} (орын жетпеді; маңыздылары қалды).")},
	[LANG_P_NOT_LABELLED_TRY_VERTICAL] = {
		{"{a} of {b} events is not labelled: there is no room for it at this size "
		 "(higher priority kept; --vertical labels it).",
		 "{a} of {b} events are not labelled: there is no room for them at this "
		 "size (higher priority kept; --vertical labels more of them).",
		 "{a} of {b} events are not labelled: there is no room for them at this "
		 "size (higher priority kept; --vertical labels more of them)."},
		SAME("Не подписано событий: {a} из {b} (не хватает места; оставлены более "
		     "важные; --vertical подписывает больше)."),
		SAME("Белгісіз қалған оқиғалар: {a} / {b} (орын жетпеді; маңыздылары қалды; "
		     "--vertical көбірек жазады).")},
	[LANG_P_NOT_NAMED_OVERVIEW] = {
		SAME("{a} of {b} events are not named: there is no room at this size, so each "
		     "label names the most important event near it and counts the rest."),
		SAME("Не названо событий: {a} из {b}: места не хватает, поэтому каждая подпись "
		     "называет самое важное событие рядом и считает остальные."),
		SAME("Аталмаған оқиғалар: {a} / {b}: орын жетпейді, сондықтан әр жазба "
		     "жанындағы ең маңызды оқиғаны атап, қалғанын санайды.")},
};
#undef SAME

char *lang_phrase(Lang l, LangPhrase p, gint64 a, gint64 b)
{
	const char *t = phrases[p][l][lang_plural(l, a)];
	GString *s = g_string_new(NULL);
	for (; *t; t++) {
		if (t[0] == '{' && (t[1] == 'a' || t[1] == 'b') && t[2] == '}') {
			char *num = lang_integer(l, t[1] == 'a' ? a : b);
			g_string_append(s, num);
			g_free(num);
			t += 2;
		} else {
			g_string_append_c(s, *t);
		}
	}
	return g_string_free(s, FALSE);
}

/* ---- Numbers ---- */

/* Digits of |n| grouped by threes with sep, when n has at least min_digits. */
static void append_grouped(GString *s, guint64 n, const char *sep, int min_digits)
{
	char digits[32];
	int len = g_snprintf(digits, sizeof digits, "%" G_GUINT64_FORMAT, n);
	for (int i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0 && len >= min_digits)
			g_string_append(s, sep);
		g_string_append_c(s, digits[i]);
	}
}

char *lang_integer(Lang l, gint64 n)
{
	/* The minus sign proper (U+2212) is not in the bundled fonts; the en
	 * dash stands for it, as in much European typesetting. */
	GString *s = g_string_new(n < 0 ? "\u2013" : NULL);
	guint64 v = n < 0 ? (guint64)(-(n + 1)) + 1 : (guint64)n;
	/* English groups from 1,000 on; Russian and Kazakh typography leaves
	 * four-digit numbers whole and groups from 10 000 on. */
	if (l == LANG_EN)
		append_grouped(s, v, ",", 4);
	else
		append_grouped(s, v, "\u202f", 5);
	return g_string_free(s, FALSE);
}

char *lang_percent(Lang l, double percent, int decimals)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE], fmt[8];
	g_snprintf(fmt, sizeof fmt, "%%.%df", CLAMP(decimals, 0, 6));
	g_ascii_formatd(buf, sizeof buf, fmt, isfinite(percent) ? percent : 0);
	if (l == LANG_EN)
		return g_strdup_printf("%s%%", buf);
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
	/* A no-break space before the sign, as CLDR writes "78,5 %". */
	return g_strdup_printf("%s\u00a0%%", buf);
}
