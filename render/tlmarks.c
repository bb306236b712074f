/* tlmarks: the marks on a timeline's axis; see tlmarks.h. */
#include "tlmarks.h"
#include "page.h"
#include "place.h"

#include <math.h>

char *tlmarks_group_name(const TlLayout *L, int group)
{
	return group >= 0 ? g_strdup(g_ptr_array_index(L->ev->groups, group)) : NULL;
}

/* Brackets that overlap along the axis stand at different distances from
 * it, in lanes; one too narrow to see becomes a dot. */
static void lift_brackets(GArray *blocks, const TlScale *s)
{
	PlaceLanes *lanes = place_lanes_new(3, 1.5);
	for (guint i = 0; i < blocks->len; i++) {
		TlBlock *b = &g_array_index(blocks, TlBlock, i);
		if (!b->bracket)
			continue;
		double a0 = tlscale_pos(s, b->t0), a1 = tlscale_pos(s, b->t1);
		/* A month or year narrower than a dot is drawn as one: at that
		 * scale the bracket would only be a smudge; the date text still
		 * says "1731" or "Dec 2019". */
		b->dot = a1 - a0 < 2 * TLMARKS_DOT_R;
		if (b->dot) {
			b->lift = TLMARKS_DOT_R;
			continue;
		}
		int lane = place_lanes_add(lanes, a0, a1);
		b->lift = 4 + 3.2 * (lane < 0 ? 2 : lane);
	}
	place_lanes_free(lanes);
}

void tlmarks_place(TlLayout *L)
{
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		b->anchor = tlscale_pos(&L->scale, b->t);
	}
	lift_brackets(L->blocks, &L->scale);
}

double tlmarks_reach(const TlBlock *b)
{
	return b->bracket ? b->lift : b->span ? 0 : TLMARKS_DOT_R;
}

double tlmarks_extent(const TlLayout *L)
{
	double far = TLMARKS_DOT_R;
	for (guint i = 0; i < L->blocks->len; i++)
		far = MAX(far, tlmarks_reach(&g_array_index(L->blocks, TlBlock, i)));
	return far;
}

/* A bracket over the days of b, standing b->lift off the axis. */
static void draw_bracket(const TlLayout *L, const TlBlock *b, const Event *e, double cross)
{
	gboolean vertical = L->set->vertical;
	double a0 = tlscale_pos(&L->scale, b->t0), a1 = tlscale_pos(&L->scale, b->t1);
	double s = vertical ? 1 : -1;
	ScenePoint p[4] = {{a0, cross + s * (b->lift - 2.8)}, {a0, cross + s * b->lift},
	                   {a1, cross + s * b->lift}, {a1, cross + s * (b->lift - 2.8)}};
	for (int k = 0; k < 4 && vertical; k++) {
		double t = p[k].x;
		p[k].x = p[k].y;
		p[k].y = t;
	}
	SceneItem *it = scene_path(L->scene, "bracket", p, 4, FALSE, COLOR_NONE,
	                           tlcolor_of(&L->colors, e->group), 1.1);
	it->row = e->line;
	it->party = tlmarks_group_name(L, e->group);
	if (e->date.qual)
		it->dash = 2;
}

void tlmarks_draw(const TlLayout *L, double cross)
{
	gboolean vertical = L->set->vertical;
	Color white = color_rgb(0xffffff);
	double last = -G_MAXDOUBLE;
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		const Event *e = tllayout_event(L, b->first);
		if (b->bracket && !b->dot) {
			draw_bracket(L, b, e, cross);
			continue;
		}
		/* Unlabelled markers merge into a rug, at most one dot per marker
		 * width, so 100 000 events draw a few hundred dots; a labelled
		 * one always gets its own dot. */
		double a = b->anchor;
		if (b->state == TLBLOCK_UNDRAWN && fabs(a - last) < 1.6 * TLMARKS_DOT_R)
			continue;
		last = a;
		Color c = tlcolor_of(&L->colors, e->group);
		gboolean hollow = e->date.qual != 0;
		SceneItem *it = scene_circle(L->scene, "marker", vertical ? cross : a,
		                             vertical ? a : cross, TLMARKS_DOT_R,
		                             hollow ? white : c, hollow ? c : white,
		                             hollow ? 1 : 0.6);
		it->row = e->line;
		it->party = tlmarks_group_name(L, e->group);
	}
}
