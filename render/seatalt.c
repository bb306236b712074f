/* seatalt: the seat chart as plain text; see seatalt.h. */
#include "seatalt.h"
#include "benches.h"
#include "seatcut.h"

#include <string.h>

/* The party's name with its kind when it is not a party's, as the legend
 * says it. Caller frees. */
static char *kind_name(Lang l, const ParlParty *pp)
{
	const char *tag = pp->kind == PARL_APPOINTED ? lang_word(l, LANG_W_APPOINTED, 1)
	                : pp->kind == PARL_VACANT    ? lang_word(l, LANG_W_VACANT, 1) : NULL;
	char *a = g_utf8_casefold(pp->name, -1), *b = tag ? g_utf8_casefold(tag, -1) : NULL;
	gboolean says_it = b && !strcmp(a, b);
	g_free(a);
	g_free(b);
	return tag && !says_it ? g_strdup_printf("%s (%s)", pp->name, tag) : g_strdup(pp->name);
}

/* "Nur Otan 84 (78.5%), ..." for the parties of h that have seats, then
 * "; Others (3): S1 4, S2 2, S3 1" for the parties Others holds. */
static void append_parties(GString *s, const Parliament *h, Lang l)
{
	gboolean first = TRUE;
	const ParlParty *others = NULL;
	for (int j = 0; j < h->nparties; j++) {
		const ParlParty *pp = &h->parties[j];
		if (pp->seats == 0)
			continue;
		char *share = parl_share_text(l, pp->seats, h->total), *name = kind_name(l, pp);
		g_string_append_printf(s, "%s%s %s", first ? "" : ", ", name, share);
		g_free(share);
		g_free(name);
		first = FALSE;
		if (pp->ngathered > 0)
			others = pp;
	}
	if (!others)
		return;
	g_string_append_printf(s, "; %s:", others->name);
	first = TRUE;
	for (int g = 0; g < others->ngathered; g++) {
		const ParlParty *q = &others->gathered[g];
		if (q->seats == 0)
			continue;
		char *n = lang_integer(l, q->seats);
		g_string_append_printf(s, "%s %s %s", first ? "" : ",", q->name, n);
		g_free(n);
		first = FALSE;
	}
}

/* "; majority 54; 2/3: 72" as the figure draws them: a count drawn once. */
static void append_thresholds(GString *s, const Parliament *h, const SeatFigOptions *o,
                              Lang l)
{
	GArray *cuts = seatcut_list(h, o->majority, o->thresholds, o->nthresholds, l, NULL);
	if (!cuts)
		return;
	for (guint t = 0; t < cuts->len; t++) {
		const SeatCut *c = seatcut_at(cuts, t);
		if (c->kind == SEATCUT_MAJORITY) {
			char *word = g_utf8_strdown(lang_word(l, LANG_W_MAJORITY, 1), -1);
			char *n = lang_integer(l, c->seats);
			g_string_append_printf(s, "; %s %s", word, n);
			g_free(word);
			g_free(n);
		} else {
			g_string_append_printf(s, "; %s", c->label);
		}
	}
	g_array_free(cuts, TRUE);
}

/* "107 seats: Nur Otan 84 (78.5%), ...; majority 54." */
static void append_house(GString *s, const Parliament *h, const SeatFigOptions *o, Lang l)
{
	char *n = lang_integer(l, h->total);
	g_string_append_printf(s, "%s %s: ", n, lang_word(l, LANG_W_SEATS, h->total));
	g_free(n);
	append_parties(s, h, l);
	append_thresholds(s, h, o, l);
	g_string_append(s, ".");
}

/* " Government: A. Opposition: B, C. Cross benches: D." for the benches
 * h's bench column gives (Westminster only; nothing without the column,
 * which names no side). */
static void append_benches(GString *s, const Parliament *h, Lang l)
{
	if (!bench_given(h->parties, h->nparties))
		return;
	static const struct { BenchPlace place; LangWord word; } named[] = {
		{BENCH_LOWER, LANG_W_GOVERNMENT}, {BENCH_UPPER, LANG_W_OPPOSITION},
		{BENCH_CROSS, LANG_W_CROSS_BENCHES},
	};
	for (size_t b = 0; b < G_N_ELEMENTS(named); b++) {
		int n = 0;
		for (int j = 0; j < h->nparties; j++) {
			if (h->parties[j].seats == 0 ||
			    bench_place(h->parties, h->nparties, j) != named[b].place)
				continue;
			if (n++ == 0)
				g_string_append_printf(s, " %s: ", lang_word(l, named[b].word, 1));
			else
				g_string_append(s, ", ");
			g_string_append(s, h->parties[j].name);
		}
		if (n)
			g_string_append(s, ".");
	}
}

char *seatalt_text(const ParlSet *set, const SeatFigOptions *o, const ChartOptions *co)
{
	Lang l = co->lang;
	GString *s = g_string_new(NULL);
	static const char *const kinds[] = {
		[SEATFIG_ARCH] = "Hemicycle", [SEATFIG_WESTMINSTER] = "Westminster-style",
		[SEATFIG_WAFFLE] = "Grid", [SEATFIG_BAR] = "Stacked-bar",
	};
	gboolean many = set->n > 1, title = co->title && *co->title;
	/* The kind of picture in English only: other languages start with the
	 * data. Sentences of one line are parted by single spaces. */
	if (l == LANG_EN)
		g_string_append_printf(s, "%s seat chart%s.", kinds[o->layout],
		                       many ? "s, one per election" : "");
	/* Without a bench column the benches are two sides in file order. */
	if (l == LANG_EN && o->layout == SEATFIG_WESTMINSTER &&
	    !bench_given(set->houses[0].parties, set->houses[0].nparties))
		g_string_append(s, " The parties sit in file order on two facing benches; "
		                "neither side is named.");
	if (title)
		g_string_append_printf(s, "%s%s%s", s->len ? " " : "", co->title, many ? "." : ", ");
	else if (!many && s->len)
		g_string_append(s, " ");
	for (int i = 0; i < set->n; i++) {
		const Parliament *h = &set->houses[i];
		if (many) {
			if (s->len)
				g_string_append(s, "\n");
			g_string_append_printf(s, "%s, ", h->election);
		}
		append_house(s, h, o, l);
		if (o->layout == SEATFIG_WESTMINSTER)
			append_benches(s, h, l);
	}
	g_string_append(s, "\n");
	return g_string_free(s, FALSE);
}
