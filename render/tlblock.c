/* tlblock: marker blocks and their labels; see tlblock.h. */
#include "tlblock.h"
#include "lang.h"
#include "page.h"
#include "tllayout.h"
#include "tlspans.h"


static void line_clear(gpointer p)
{
	g_free(((TlBlockLine *)p)->text);
}

static void block_clear(gpointer p)
{
	TlBlock *b = p;
	if (b->lines)
		g_array_free(b->lines, TRUE);
}

static guint32 bit_reverse(guint32 v)
{
	guint32 r = 0;
	for (int i = 0; i < 32; i++, v >>= 1)
		r = (r << 1) | (v & 1);
	return r;
}

/* Bit-reversed indexes: ties in rank then alternate over the whole time
 * range instead of favouring its start. */
static void set_keys(GArray *blocks)
{
	for (guint i = 0; i < blocks->len; i++)
		g_array_index(blocks, TlBlock, i).key = bit_reverse(i);
}

/* A span long enough for a bar; a shorter one is a mark like a day's. */
static gboolean is_span(const Event *e, double shortest)
{
	return e->has_end && e->t1 > e->t0 && e->t1 - e->t0 >= shortest;
}

void tlblock_make(const Events *ev, GArray **blocks, GArray **spans)
{
	*blocks = g_array_new(FALSE, TRUE, sizeof(TlBlock));
	*spans = g_array_new(FALSE, TRUE, sizeof(TlBlock));
	g_array_set_clear_func(*blocks, block_clear);
	g_array_set_clear_func(*spans, block_clear);
	int n = (int)ev->items->len;
	double shortest = tlspans_shortest(ev);
	for (int i = 0; i < n;) {
		const Event *e = &g_array_index(ev->items, Event, i);
		TlBlock b = {.first = i, .n = 1, .t0 = e->t0, .t1 = e->t1, .prio = e->priority};
		if (is_span(e, shortest)) {
			b.span = TRUE;
			b.t = e->t0;
			g_array_append_val(*spans, b);
			i++;
			continue;
		}
		b.bracket = e->t1 > e->t0 && !e->has_end;
		b.t = (e->t0 + e->t1) / 2;
		int j = i + 1;
		while (j < n) {
			const Event *f = &g_array_index(ev->items, Event, j);
			if (f->t0 != e->t0 || f->t1 != e->t1 || f->has_end != e->has_end ||
			    is_span(f, shortest))
				break;
			b.prio = MAX(b.prio, f->priority);
			j++;
		}
		b.n = j - i;
		g_array_append_val(*blocks, b);
		i = j;
	}
	set_keys(*blocks);
	set_keys(*spans);
}

void tlblock_clear_lines(TlBlock *b)
{
	if (b->lines) {
		g_array_set_size(b->lines, 0);
		return;
	}
	b->lines = g_array_new(FALSE, FALSE, sizeof(TlBlockLine));
	g_array_set_clear_func(b->lines, line_clear);
}

TlBlockLine *tlblock_add_line(TlBlock *b, TlBlockLine line, TextMeasurer *tm)
{
	line.sz = text_measure(tm, line.text, &line.st);
	g_array_append_val(b->lines, line);
	return &g_array_index(b->lines, TlBlockLine, b->lines->len - 1);
}

/* The box of the lines: the widest, all stacked. */
static void fit_box(TlBlock *b)
{
	b->w = b->h = 0;
	for (guint i = 0; i < b->lines->len; i++) {
		TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, i);
		b->w = MAX(b->w, ln->sz.w);
		b->h += ln->sz.h;
	}
}

/* The text of the i-th event's label line: a date of another certainty
 * than the block's first is written before it. */
static char *event_line(const TlLayout *L, const TlBlock *b, int i)
{
	const Event *first = tllayout_event(L, b->first), *e = tllayout_event(L, b->first + i);
	char *text = tllayout_label(L, e);
	if (i == 0 || e->date.qual == first->date.qual)
		return text;
	char *d = tllayout_date(L, e);
	char *t = g_strdup_printf("%s: %s", d, text);
	g_free(d);
	g_free(text);
	return t;
}

void tlblock_measure(TlBlock *b, const TlLayout *L, double wrap, int limit)
{
	tlblock_clear_lines(b);
	Color ink = color_rgb(PAGE_INK), muted = color_rgb(PAGE_MUTED);
	TextStyle small = page_style(6.5, FALSE, TRUE, wrap, TEXT_LEFT);
	const Event *first = tllayout_event(L, b->first);
	tlblock_add_line(b, (TlBlockLine){.role = "date", .text = tllayout_date(L, first),
	                 .st = page_style(6.5, TRUE, FALSE, wrap, TEXT_LEFT), .color = muted,
	                 .row = first->line}, L->tm);
	int shown = MIN(b->n, limit - (b->n > limit));
	for (int i = 0; i < shown; i++) {
		const Event *e = tllayout_event(L, b->first + i);
		tlblock_add_line(b, (TlBlockLine){.role = "label", .text = event_line(L, b, i),
		                 .st = page_style(7.5, FALSE, FALSE, wrap, TEXT_LEFT), .color = ink,
		                 .row = e->line}, L->tm);
		if (e->detail)
			tlblock_add_line(b, (TlBlockLine){.role = "detail", .text = g_strdup(e->detail),
			                 .st = small, .color = muted, .row = e->line}, L->tm);
	}
	if (shown < b->n)
		tlblock_add_line(b, (TlBlockLine){.role = "more", .text = lang_phrase(L->opts->lang,
		                 LANG_P_AND_MORE, b->n - shown, 0), .st = small, .color = muted},
		                 L->tm);
	b->shown = shown;
	fit_box(b);
}

void tlblock_callout(TlBlock *b, const TlLayout *L)
{
	TextStyle st = page_style(6.5, TRUE, FALSE, 0, TEXT_LEFT);
	tlblock_clear_lines(b);
	b->callout = 0;
	for (int i = 0; i < b->shown; i++) {
		const Event *e = tllayout_event(L, b->first + i);
		tlblock_add_line(b, (TlBlockLine){.role = "callout",
		                 .text = g_strdup_printf("%d", b->callout + i), .st = st,
		                 .color = tlcolor_of(&L->colors, e->group), .row = e->line}, L->tm);
	}
	fit_box(b);
	/* Room for any two-digit number, so renumbering in time order after
	 * placement never widens the box. */
	b->w = MAX(b->w, text_measure(L->tm, "88", &st).w);
}

void tlblock_renumber(TlBlock *b, int first, TextMeasurer *tm)
{
	b->callout = first;
	for (guint j = 0; j < b->lines->len; j++) {
		TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, j);
		g_free(ln->text);
		ln->text = g_strdup_printf("%d", first + (int)j);
		ln->sz = text_measure(tm, ln->text, &ln->st);
	}
}

void tlblock_draw(const TlBlock *b, Scene *s, double x, double y, TextAlign align)
{
	for (guint i = 0; i < b->lines->len; i++) {
		const TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, i);
		double lx = align == TEXT_LEFT ? x
		          : align == TEXT_RIGHT ? x + b->w - ln->sz.w
		                                : x + (b->w - ln->sz.w) / 2;
		TextStyle st = ln->st;
		st.align = align;
		SceneItem *it = scene_text(s, ln->role, ln->text, &st, lx, y, ln->sz.w, ln->sz.h,
		                           ln->color);
		it->row = ln->row;
		y += ln->sz.h;
	}
}

gint tlblock_cmp_rank(gconstpointer pa, gconstpointer pb)
{
	const TlBlock *a = *(TlBlock *const *)pa, *b = *(TlBlock *const *)pb;
	if (a->prio != b->prio)
		return a->prio > b->prio ? -1 : 1;
	return a->key < b->key ? -1 : a->key > b->key;
}

void tlblock_choose(GArray *blocks, int budget)
{
	int n = (int)blocks->len;
	if (n <= budget) {
		for (int i = 0; i < n; i++)
			g_array_index(blocks, TlBlock, i).chosen = TRUE;
		return;
	}
	TlBlock **rank = g_new(TlBlock *, (gsize)n);
	for (int i = 0; i < n; i++)
		rank[i] = &g_array_index(blocks, TlBlock, i);
	qsort(rank, (size_t)n, sizeof *rank,
	      (int (*)(const void *, const void *))tlblock_cmp_rank);
	for (int i = 0; i < n; i++)
		rank[i]->chosen = i < budget;
	g_free(rank);
}
