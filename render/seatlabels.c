/* seatlabels: every party named; see seatlabels.h.
 *
 * Each party gets a list of tries, best first: its name on its preferred
 * side, then on the others, then wrapped, then its number. Every round
 * places all labels of each side together (spread: in order, apart, near
 * their anchors, inside bounds that keep arch leaders off the seats and
 * boxes on the page), checks them against the text and lines already there
 * and each leader against every label, and moves the smallest party of any
 * clash to its next try. A party runs out of tries only when even its
 * number finds no room. */
#include "seatlabels.h"
#include "seatlabplace.h"
#include "seatmark.h"

#include <math.h>
#include <string.h>

#define MAX_PARTIES 80       /* past this many, names beside seats would be a crowd */

static void labels_free(Labeller *L)
{
	for (int i = 0; i < L->n; i++) {
		g_free(L->ls[i].name);
		g_free(L->ls[i].num);
	}
	g_free(L->ls);
	seatlabside_clear(L);
}

/* The label text: "Name 84", its short name if it has one; without the
 * seats when its bar segment shows them already. */
static char *label_name(const ParlParty *pp, gboolean with_seats, Lang l)
{
	const char *name = pp->short_name ? pp->short_name : pp->name;
	if (!with_seats)
		return g_strdup(name);
	char *n = lang_integer(l, pp->seats);
	char *s = g_strdup_printf("%s %s", name, n);
	g_free(n);
	return s;
}

static void add_tries(Label *b, Side side, Form form)
{
	/* Slots are where an arch label's leader leaves the outer row; a
	 * foot's leader leaves from the baseline. */
	int slots = side == SIDE_FOOT_LEFT || side == SIDE_FOOT_RIGHT ? 1 : MAX(b->nslots, 1);
	for (int i = 0; i < slots; i++)
		b->tries[b->ntries++] = (Try){side, form, b->nslots ? b->slot_order[i] : 0};
}

/* The tries of label b, best first: its name on the sides it may take, in
 * their order, each side as it is, wrapped, then narrower (a name near its
 * seats on short lines beats one line far off); then its number on each
 * side. Off an arch, each from its anchor seats in turn. */
static void list_tries(Label *b, const Side *order, int nsides, gboolean can_wrap)
{
	b->ntries = 0;
	for (int s = 0; s < nsides; s++) {
		add_tries(b, order[s], FORM_NAME);
		if (can_wrap) {
			add_tries(b, order[s], FORM_WRAPPED);
			add_tries(b, order[s], FORM_NARROW);
		}
	}
	for (int s = 0; s < nsides; s++)
		add_tries(b, order[s], FORM_NUMBER);
}

/* Among the labels a round found at fault, the one to give up its try:
 * a name before a number (so every name of a crowd becomes a number
 * before any number goes), then the fewest seats, the later one on a
 * tie. -1 when none is. */
static int victim(const Labeller *L)
{
	int v = -1;
	for (int i = 0; i < L->n; i++) {
		const Label *b = &L->ls[i];
		if (!b->bad || b->try >= b->ntries)
			continue;
		if (v < 0) {
			v = i;
			continue;
		}
		const Label *w = &L->ls[v];
		gboolean bn = b->tries[b->try].form == FORM_NUMBER;
		gboolean wn = w->tries[w->try].form == FORM_NUMBER;
		if (bn != wn ? !bn : b->pp->seats <= w->pp->seats)
			v = i;
	}
	return v;
}

/* Whether a round leaves every label in play clear. */
static gboolean all_clear(Labeller *L)
{
	seatlabplace_all(L);
	for (int i = 0; i < L->n; i++)
		if (L->ls[i].bad && L->ls[i].try < L->ls[i].ntries)
			return FALSE;
	return TRUE;
}

/* Rounds until no label is at fault; each moves one label on. Returns
 * FALSE when that does not settle. */
static gboolean settle_down(Labeller *L)
{
	for (int round = 0; round < 8 * L->n * (NSIDES * 4 * MAX_SLOTS + 1) + 8; round++) {
		seatlabplace_all(L);
		int v = victim(L);
		if (v < 0)
			return TRUE;
		L->ls[v].try++;
		seatlabside_measure(L, &L->ls[v]);
	}
	return FALSE;
}

/* Gives each label back the best try that now fits, biggest parties
 * first: a party moved on early may find room once others have moved. */
static void improve(Labeller *L)
{
	int *by_size = g_new(int, MAX(L->n, 1));
	for (int i = 0; i < L->n; i++)
		by_size[i] = i;
	for (int i = 1; i < L->n; i++)
		for (int j = i; j > 0 && L->ls[by_size[j]].pp->seats > L->ls[by_size[j - 1]].pp->seats; j--) {
			int t = by_size[j];
			by_size[j] = by_size[j - 1], by_size[j - 1] = t;
		}
	for (int k = 0; k < L->n; k++) {
		Label *b = &L->ls[by_size[k]];
		int was = b->try;
		for (int t = 0; t < was; t++) {
			b->try = t;
			seatlabside_measure(L, b);
			if (all_clear(L))
				break;
			b->try = was;
			seatlabside_measure(L, b);
		}
	}
	g_free(by_size);
}

/* The labels settle; those with no try left get their numbers once more,
 * with leaders that may cross (a number the legend explains beats no
 * name at all); what is still at fault is left out. */
static void settle(Labeller *L)
{
	if (settle_down(L))
		improve(L);
	gboolean again = FALSE;
	for (int i = 0; i < L->n; i++) {
		Label *b = &L->ls[i];
		if (b->try < b->ntries)
			continue;
		while (b->try > 0 && b->tries[b->try - 1].form == FORM_NUMBER)
			b->try--;
		b->lenient = again = b->try < b->ntries;
		seatlabside_measure(L, b);
	}
	if (again)
		settle_down(L);
	seatlabplace_all(L);
	for (int i = 0; i < L->n; i++)
		if (L->ls[i].bad)
			L->ls[i].try = L->ls[i].ntries;
}

/* Draws every placed label and its leader; the rest are left out. Returns
 * whether any is a number. */
static gboolean emit(Labeller *L)
{
	SeatPage *sp = L->sp;
	gboolean keyed = FALSE;
	for (int i = 0; i < L->n; i++) {
		Label *b = &L->ls[i];
		if (b->try >= b->ntries) {
			seatpage_scene(sp)->hidden++;
			scene_leave_out(seatpage_scene(sp), b->pp->line, SEATLABELS_NO_ROOM);
			continue;
		}
		gboolean number = b->tries[b->try].form == FORM_NUMBER;
		keyed |= number;
		for (int k = 0; k + 1 < b->nleader; k++)
			scene_line(seatpage_scene(sp), "leader", b->leader[k].x, b->leader[k].y,
			           b->leader[k + 1].x, b->leader[k + 1].y, 0.4,
			           color_rgb(PAGE_MUTED));
		SceneItem *it = page_text(&sp->pg, number ? "key" : "label", b->text, b->st,
		                          b->x, b->y, color_rgb(PAGE_INK));
		seatmark_tag(it, b->pp);
	}
	return keyed;
}

/* Sets up label i for party pp: its texts and its tries. */
static void init_label(Labeller *L, Label *b, const ParlParty *pp, int order,
                       gboolean with_seats, const ParlLineage *lineages,
                       const Side *sides, int nsides)
{
	Lang l = seatpage_lang(L->sp);
	b->pp = pp;
	b->order = order;
	b->name = label_name(pp, with_seats, l);
	b->num = lang_integer(l, MAX(lineages[pp->lineage].number, 1));
	list_tries(b, sides, nsides, strchr(b->name, ' ') != NULL);
	b->try = 0;
	seatlabside_measure(L, b);
}

/* Parties without seats have nothing to point at; houses of very many
 * parties are left to the legend. Returns FALSE when nothing is labelled. */
static gboolean count_unlabelled(SeatPage *sp, const Parliament *h)
{
	Scene *s = seatpage_scene(sp);
	int shown = 0;
	for (int i = 0; i < h->nparties; i++)
		shown += h->parties[i].seats > 0;
	if (shown <= MAX_PARTIES) {
		for (int i = 0; i < h->nparties; i++)
			s->hidden += h->parties[i].seats == 0;
		return TRUE;
	}
	s->hidden += h->nparties;
	for (int i = 0; i < h->nparties; i++)
		if (h->parties[i].seats > 0)
			scene_leave_out(s, h->parties[i].line, "too many parties to label");
	return FALSE;
}

gboolean seatlabels_emit(SeatPage *sp, const SeatPlot *p, SeatPlotPos at,
                         const ParlLineage *lineages)
{
	const Parliament *h = p->house;
	if (!count_unlabelled(sp, h))
		return FALSE;
	Labeller L;
	seatlabside_init_plot(&L, sp, p, at);
	L.ls = g_new0(Label, MAX(h->nparties, 1));
	for (int i = 0; i < h->nparties; i++) {
		if (h->parties[i].seats == 0)
			continue;
		Label *b = &L.ls[L.n++];
		Side sides[NSIDES];
		int nsides = seatlabside_anchor_plot(&L, b, i, sides);
		init_label(&L, b, &h->parties[i], i, TRUE, lineages, sides, nsides);
	}
	settle(&L);
	gboolean keyed = emit(&L);
	labels_free(&L);
	return keyed;
}

gboolean seatlabels_emit_bar(SeatPage *sp, const Parliament *h, const double *x0,
                             const double *x1, const gboolean *counted, double top,
                             double bottom, const ParlLineage *lineages)
{
	if (!count_unlabelled(sp, h))
		return FALSE;
	Labeller L;
	seatlabside_init_bar(&L, sp, x0[0], x1[h->nparties - 1], top, bottom);
	L.ls = g_new0(Label, MAX(h->nparties, 1));
	static const Side sides[] = {SIDE_BOTTOM, SIDE_TOP};
	for (int i = 0; i < h->nparties; i++) {
		if (h->parties[i].seats == 0)
			continue;
		Label *b = &L.ls[L.n++];
		seatlabside_anchor_bar(&L, b, x0[i], x1[i]);
		init_label(&L, b, &h->parties[i], i, !counted[i], lineages, sides,
		           G_N_ELEMENTS(sides));
	}
	settle(&L);
	gboolean keyed = emit(&L);
	labels_free(&L);
	return keyed;
}

/* The middle angle of party i's seats in arch p (its label's side). */
static double arch_angle(const SeatPlot *p, int party)
{
	double sum = 0;
	int n = 0;
	for (guint j = 0; j < p->seats->len; j++) {
		const SeatPlotSeat *s = &g_array_index(p->seats, SeatPlotSeat, j);
		if (s->party == party)
			sum += atan2(-s->y, s->x), n++;
	}
	return n ? sum / n : G_PI / 2;
}

double seatlabels_margin(TextMeasurer *tm, const SeatPlot *p, Lang l)
{
	const Parliament *h = p->house;
	double want = 0;
	for (int i = p->band_lo; i < p->band_hi; i++) {
		/* Those under the arch's ends or over its top need no room beside. */
		if (h->parties[i].seats == 0 || fabs(arch_angle(p, i) - G_PI / 2) < G_PI / 6)
			continue;
		char *t = label_name(&h->parties[i], TRUE, l);
		want = MAX(want, seatlabside_width(tm, t));
		g_free(t);
	}
	return want;
}

double seatlabels_grid_margin(TextMeasurer *tm, const SeatPlot *p, Lang l)
{
	const Parliament *h = p->house;
	double want = 0;
	gboolean *at_end = g_new0(gboolean, MAX(h->nparties, 1));
	for (guint j = 0; j < p->seats->len; j++) {
		const SeatPlotSeat *s = &g_array_index(p->seats, SeatPlotSeat, j);
		if (s->x > p->x1 - 2)      /* its last two columns (a cell is 1) */
			at_end[s->party] = TRUE;
	}
	for (int i = 0; i < h->nparties; i++) {
		if (!at_end[i] || h->parties[i].seats == 0)
			continue;
		char *t = label_name(&h->parties[i], TRUE, l);
		want = MAX(want, seatlabside_width(tm, t));
		g_free(t);
	}
	g_free(at_end);
	return want;
}
