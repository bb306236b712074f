/* tllayout: one timeline layout in progress; see tllayout.h. */
#include "tllayout.h"
#include "labeltext.h"
#include "page.h"

#include <string.h>

void tllayout_init(TlLayout *L, const Events *ev, const TimelineSettings *set,
                   const ChartOptions *opts, TextMeasurer *tm)
{
	*L = (TlLayout){.ev = ev, .set = set, .opts = opts, .tm = tm, .lo = PAGE_MARGIN,
	                .hi = opts->width - PAGE_MARGIN};
}

void tllayout_start(TlLayout *L)
{
	tllayout_clear(L);
	L->scene = scene_new(L->opts->width, L->opts->height);
	L->keys = g_ptr_array_new_with_free_func(g_free);
	L->note_of = g_new0(int, L->ev->sources->len + 1);
	L->notes = g_ptr_array_new();
	tlcolor_assign(&L->colors, L->ev, L->opts->palette);
	tlblock_make(L->ev, &L->blocks, &L->spans);
}

void tllayout_clear(TlLayout *L)
{
	if (L->blocks)
		g_array_free(L->blocks, TRUE);
	if (L->spans)
		g_array_free(L->spans, TRUE);
	if (L->keys)
		g_ptr_array_free(L->keys, TRUE);
	if (L->notes)
		g_ptr_array_free(L->notes, TRUE);
	g_free(L->note_of);
	tlscale_clear(&L->scale);
	tlcolor_clear(&L->colors);
	scene_free(L->scene);
	tllayout_init(L, L->ev, L->set, L->opts, L->tm);
}

char *tllayout_label(const TlLayout *L, const Event *e)
{
	return labeltext_label(e->label, e->source > 0 ? L->note_of[e->source] : 0);
}

char *tllayout_date(const TlLayout *L, const Event *e)
{
	return labeltext_date(L->opts->lang, e);
}

void tllayout_number_notes(TlLayout *L)
{
	int nev = (int)L->ev->items->len;
	memset(L->note_of, 0, sizeof(int) * (L->ev->sources->len + 1));
	g_ptr_array_set_size(L->notes, 0);
	if (L->ev->sources->len == 0)
		return;
	guint8 *cited = g_new0(guint8, (gsize)MAX(nev, 1));
	GArray *lists[2] = {L->blocks, L->spans};
	for (int k = 0; k < 2; k++)
		for (guint i = 0; i < lists[k]->len; i++) {
			TlBlock *b = &g_array_index(lists[k], TlBlock, i);
			for (int j = 0; b->chosen && j < MIN(b->n, TLBLOCK_MAX_EVENTS); j++)
				cited[b->first + j] = 1;
		}
	for (int i = 0; i < nev; i++) {
		const Event *e = tllayout_event(L, i);
		if (cited[i] && e->source > 0 && L->note_of[e->source] == 0) {
			g_ptr_array_add(L->notes, g_ptr_array_index(L->ev->sources, e->source - 1));
			L->note_of[e->source] = (int)L->notes->len;
		}
	}
	g_free(cited);
}

gboolean tllayout_build_scale(TlLayout *L, double p0, double p1, const TextStyle *tick,
                              GError **err)
{
	int nb = (int)L->blocks->len;
	double *m0 = g_new(double, MAX(nb, 1)), *m1 = g_new(double, MAX(nb, 1));
	for (int i = 0; i < nb; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		m0[i] = b->t0, m1[i] = b->t1;
	}
	const TlScaleInput in = {
		.ev = L->ev, .mark_t0 = m0, .mark_t1 = m1, .nmarks = nb,
		.breaks = L->set->breaks, .no_breaks = L->set->no_breaks,
		.vertical = L->set->vertical, .tick = *tick, .lang = L->opts->lang, .tm = L->tm,
	};
	tlscale_clear(&L->scale);
	gboolean ok = tlscale_build(&L->scale, &in, p0, p1, err);
	g_free(m0);
	g_free(m1);
	return ok;
}
