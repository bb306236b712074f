/* seatalt: the seat chart as plain text; see seatalt.h. */
#include "seatalt.h"
#include "benches.h"
#include "seatcut.h"

/* "Nur Otan 84 (78.5%), ..." for the parties of h that have seats. */
static void append_parties(GString *s, const Parliament *h, Lang l)
{
	gboolean first = TRUE;
	for (int j = 0; j < h->nparties; j++) {
		const ParlParty *pp = &h->parties[j];
		if (pp->seats == 0)
			continue;
		char *share = parl_share_text(l, pp->seats, h->total);
		gboolean appointed = pp->kind == PARL_APPOINTED;
		g_string_append_printf(s, "%s%s%s%s%s %s", first ? "" : ", ", pp->name,
		                       appointed ? " (" : "",
		                       appointed ? lang_word(l, LANG_W_APPOINTED, 1) : "",
		                       appointed ? ")" : "", share);
		g_free(share);
		first = FALSE;
	}
}

/* "; majority 54; 2/3: 72" as the options ask. */
static void append_thresholds(GString *s, const Parliament *h, const SeatFigOptions *o,
                              const char *majority)
{
	if (o->majority && h->total >= SEATCUT_MIN_MAJORITY_TOTAL)
		g_string_append_printf(s, "; %s %d", majority, parl_majority(h->total));
	for (int t = 0; t < o->nthresholds; t++)
		g_string_append_printf(s, "; %s: %d", o->thresholds[t].spec,
		                       parl_threshold_seats(&o->thresholds[t], h->total));
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
	/* The kind of picture in English only: other languages start with the data. */
	if (l == LANG_EN)
		g_string_append_printf(s, "%s seat chart%s. ", kinds[o->layout],
		                       set->n > 1 ? "s, one per election" : "");
	/* Without a bench column the benches are two sides in file order. */
	if (l == LANG_EN && o->layout == SEATFIG_WESTMINSTER &&
	    !bench_given(set->houses[0].parties, set->houses[0].nparties))
		g_string_append(s, "The parties sit in file order on two facing benches; "
		                "neither side is named. ");
	if (co->title && *co->title)
		g_string_append_printf(s, "%s%s", co->title, set->n > 1 ? "." : ", ");
	char *majority = g_utf8_strdown(lang_word(l, LANG_W_MAJORITY, 1), -1);
	for (int i = 0; i < set->n; i++) {
		const Parliament *h = &set->houses[i];
		if (set->n > 1)
			g_string_append_printf(s, "\n%s, ", h->election);
		g_string_append_printf(s, "%d %s: ", h->total, lang_word(l, LANG_W_SEATS, h->total));
		append_parties(s, h, l);
		append_thresholds(s, h, o, majority);
		g_string_append(s, ".");
		if (o->layout == SEATFIG_WESTMINSTER)
			append_benches(s, h, l);
	}
	g_free(majority);
	g_string_append(s, "\n");
	return g_string_free(s, FALSE);
}
