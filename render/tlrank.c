/* tlrank: the order labels are tried in, the overview, the left-out report;
 * see tlrank.h. */
#include "tlrank.h"

#include <math.h>
#include <string.h>

static const char *const REASON_NO_ROOM =
	"no room for its label or a callout after those of higher or equal priority";
static const char *const REASON_COUNTED = "counted in a nearby label (\"and N more\")";

gboolean tlrank_dense(int nblocks, double axis_len, double stem_sep)
{
	return nblocks > 2 * (int)(axis_len / stem_sep);
}

static TlBlock *block(const TlLayout *L, int i)
{
	return &g_array_index(L->blocks, TlBlock, i);
}

static void reset(TlBlock *b, int index)
{
	b->state = TLBLOCK_UNDRAWN;
	b->chosen = FALSE;
	b->spot = -1;
	b->tried = FALSE;
	b->shown = 0;
	b->more = 0;
	b->near0 = b->near1 = index;
	b->counted_by = 0;
}

static int cmp_rank(const TlBlock *a, const TlBlock *b)
{
	return tlblock_cmp_rank(&a, &b);
}

/* Blocks [i, j) form one cluster: its best block counts the others. */
static TlBlock *cluster(TlLayout *L, int i, int j)
{
	int best = i;
	for (int k = i + 1; k < j; k++)
		if (cmp_rank(block(L, k), block(L, best)) < 0)
			best = k;
	TlBlock *rep = block(L, best);
	rep->near0 = i;
	rep->near1 = j - 1;
	for (int k = i; k < j; k++)
		if (k != best) {
			rep->more += block(L, k)->n;
			block(L, k)->counted_by = best + 1;
		}
	return rep;
}

typedef struct Order {
	const TlLayout *L;
	const guint8 *first;
} Order;

/* Is b a block with first set? */
static gboolean goes_first(const Order *o, const TlBlock *b)
{
	if (!o->first || b->span)
		return FALSE;
	return o->first[b - (const TlBlock *)(const void *)o->L->blocks->data];
}

static gint cmp_units(gconstpointer pa, gconstpointer pb, gpointer data)
{
	const Order *o = data;
	const TlBlock *a = *(TlBlock *const *)pa, *b = *(TlBlock *const *)pb;
	if (a->prio == b->prio && goes_first(o, a) != goes_first(o, b))
		return goes_first(o, a) ? -1 : 1;
	return tlblock_cmp_rank(pa, pb);
}

GPtrArray *tlrank_units(TlLayout *L, double cluster_len)
{
	return tlrank_units_first(L, cluster_len, NULL);
}

GPtrArray *tlrank_units_first(TlLayout *L, double cluster_len, const guint8 *first)
{
	GPtrArray *all = g_ptr_array_new();
	int nb = (int)L->blocks->len;
	for (int i = 0; i < nb; i++)
		reset(block(L, i), i);
	for (int i = 0; i < nb;) {
		int j = i + 1;
		if (cluster_len > 0) {
			double cell = floor(block(L, i)->anchor / cluster_len);
			while (j < nb && floor(block(L, j)->anchor / cluster_len) == cell)
				j++;
		}
		g_ptr_array_add(all, cluster(L, i, j));
		i = j;
	}
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		reset(b, (int)i);
		g_ptr_array_add(all, b);
	}
	Order o = {L, first};
	g_ptr_array_sort_with_data(all, cmp_units, &o);
	return all;
}

static int cmp_left_out(const void *pa, const void *pb)
{
	const SceneLeftOut *a = pa, *b = pb;
	return (a->row > b->row) - (a->row < b->row);
}

/* The rows of the CSV lines that some label or callout names. */
static guint8 *named_rows(const TlLayout *L, int maxline)
{
	guint8 *named = g_new0(guint8, (gsize)maxline + 1);
	for (guint i = 0; i < L->scene->items->len; i++) {
		const SceneItem *it = scene_item(L->scene, i);
		if (it->kind == SCENE_TEXT && it->row > 0 && it->row <= maxline &&
		    (!strcmp(it->role, "label") || !strcmp(it->role, "callout")))
			named[it->row] = 1;
	}
	return named;
}

/* The left-out records of block b's unnamed events. */
static void report_block(TlLayout *L, const TlBlock *b, const guint8 *named, GArray *out)
{
	const TlBlock *by = b->counted_by ? block(L, b->counted_by - 1) : b;
	int counted_in = by->state != TLBLOCK_UNDRAWN ? tlblock_named_row(by) : 0;
	for (int k = 0; k < b->n; k++) {
		const Event *e = tllayout_event(L, b->first + k);
		if (named[e->line])
			continue;
		SceneLeftOut l = {.row = e->line, .ranked = TRUE, .priority = e->priority,
		                  .reason = counted_in ? REASON_COUNTED : REASON_NO_ROOM,
		                  .tried = !counted_in && by->tried, .counted_in = counted_in};
		L->counted += counted_in > 0;
		g_array_append_val(out, l);
	}
}

void tlrank_report(TlLayout *L)
{
	int maxline = 0, n = (int)L->ev->items->len;
	for (int i = 0; i < n; i++)
		maxline = MAX(maxline, tllayout_event(L, i)->line);
	guint8 *named = named_rows(L, maxline);
	GArray *out = g_array_new(FALSE, FALSE, sizeof(SceneLeftOut));
	L->counted = 0;
	for (guint i = 0; i < L->blocks->len; i++)
		report_block(L, block(L, (int)i), named, out);
	for (guint i = 0; i < L->spans->len; i++)
		report_block(L, &g_array_index(L->spans, TlBlock, i), named, out);
	g_array_sort(out, cmp_left_out);
	for (guint i = 0; i < out->len; i++)
		scene_leave_out_ranked(L->scene, &g_array_index(out, SceneLeftOut, i));
	L->hidden = (int)out->len;
	g_array_free(out, TRUE);
	g_free(named);
}
