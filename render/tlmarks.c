/* tlmarks: the marks on a timeline's axis; see tlmarks.h.
 * Dots that would cover each other merge into one cluster mark, the
 * group's shape (or a circle when groups mix) cut into one wedge per event,
 * or per group when there are many, so every member's group shows and the
 * wedges count them. Cluster marks keep apart (PAVA moves them least), and
 * brackets stand in lanes clear above the dots. */
#include "tlmarks.h"
#include "page.h"
#include "place.h"

#include <math.h>
#include <string.h>

enum {
	MAX_WEDGES = 8,      /* more events under one mark: a sector per group */
	CIRCLE_SIDES = 40,   /* a circle's outline, for wedges */
	MAX_OUTLINE = 48,
};

static const double MERGE = 1.75 * TLMARKS_DOT_R;   /* dots nearer merge (5 % overlap) */
/* Between marks after spreading: as far apart as two stems must be (tlrows),
 * so neighbouring marks need no kink in their leaders. */
static const double SEP = 2 * TLMARKS_DOT_R + 1.2;
static const double WEDGE_GAP = 0.5;                /* white between wedges */
static const double LEG = 2.2;                      /* a bracket's legs */
static const double LANE_STEP = 3.2;                /* between bracket lanes */
static const double MIN_BRACKET = 5;                /* narrowest bracket drawn */

/* Whether b is drawn as a bracket (else as a mark on the axis, alone or
 * in a cluster). */
static gboolean bracketed(const TlBlock *b)
{
	return b->bracket && !b->dot;
}

/* The radius of a mark of k events: a cluster of three or more is drawn
 * larger, so its wedges still read in print. */
static double mark_radius(int k)
{
	return k >= 3 ? 1.35 * TLMARKS_DOT_R : TLMARKS_DOT_R;
}

/* The events under the marks of blocks [from, to). */
static int events_of(const TlLayout *L, guint from, guint to)
{
	int k = 0;
	for (guint i = from; i < to; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		k += bracketed(b) ? 0 : b->n;
	}
	return k;
}

/* A shape's outline around its centre, for a mark of radius 1, y down;
 * each has about the area of the unit circle (the bar less), and none
 * reaches past 1.3. The most distinct come first; no plus or cross, which
 * a reader would take for a sign. */
static int shape_outline(int shape, ScenePoint *v)
{
	int n = 0;
	switch (shape % PALETTE_NAMED) {
	case 1: {   /* square */
		double s = sqrt(G_PI) / 2;
		ScenePoint q[4] = {{-s, -s}, {s, -s}, {s, s}, {-s, s}};
		memcpy(v, q, sizeof q);
		return 4;
	}
	case 2:     /* triangle, point up */
	case 4:     /* triangle, point down */
		for (int i = 0; i < 3; i++) {
			double a = (shape % PALETTE_NAMED == 2 ? -G_PI / 2 : G_PI / 2) + i * 2 * G_PI / 3;
			v[n++] = (ScenePoint){1.3 * cos(a), 1.3 * sin(a) + (shape % PALETTE_NAMED == 2 ? 0.15 : -0.15)};
		}
		return n;
	case 3: {   /* diamond */
		double d = sqrt(G_PI / 2);
		ScenePoint q[4] = {{0, -d}, {d, 0}, {0, d}, {-d, 0}};
		memcpy(v, q, sizeof q);
		return 4;
	}
	case 5:     /* five-pointed star */
		for (int i = 0; i < 10; i++) {
			double a = -G_PI / 2 + i * G_PI / 5, r = i % 2 ? 0.62 : 1.3;
			v[n++] = (ScenePoint){r * cos(a), r * sin(a)};
		}
		return n;
	case 6:     /* pentagon, point up (no bar: it would read as a span) */
		for (int i = 0; i < 5; i++) {
			double a = -G_PI / 2 + i * 2 * G_PI / 5;
			v[n++] = (ScenePoint){1.15 * cos(a), 1.15 * sin(a) + 0.08};
		}
		return n;
	case 7:     /* hexagon, point up */
		for (int i = 0; i < 6; i++) {
			double a = -G_PI / 2 + i * G_PI / 3;
			v[n++] = (ScenePoint){1.1 * cos(a), 1.1 * sin(a)};
		}
		return n;
	default:    /* circle */
		for (int i = 0; i < CIRCLE_SIDES; i++) {
			double a = -G_PI + i * 2 * G_PI / CIRCLE_SIDES;
			v[n++] = (ScenePoint){cos(a), sin(a)};
		}
		return n;
	}
}

/* How far the shape reaches from its centre: up (horizontal axis) or to
 * the right (vertical). */
static double shape_reach(int shape, gboolean vertical, double r)
{
	ScenePoint v[MAX_OUTLINE];
	int n = shape_outline(shape, v);
	double far = 0;
	for (int i = 0; i < n; i++)
		far = MAX(far, vertical ? v[i].x : -v[i].y);
	return far * r;
}

/* The angle from b to a, in (-pi, pi]... normalised to [0, 2 pi). */
static double angle_from(double a, double b)
{
	double d = fmod(a - b, 2 * G_PI);
	return d < 0 ? d + 2 * G_PI : d;
}

/* Where the ray from the centre at angle th leaves the outline v[0..n). */
static ScenePoint ray_hit(const ScenePoint *v, int n, double th)
{
	double dx = cos(th), dy = sin(th), best = 0;
	for (int i = 0; i < n; i++) {
		ScenePoint p = v[i], q = v[(i + 1) % n];
		double ex = q.x - p.x, ey = q.y - p.y, den = dx * ey - dy * ex;
		if (fabs(den) < 1e-12)
			continue;
		double t = (p.x * ey - p.y * ex) / den, u = (p.x * dy - p.y * dx) / den;
		if (t > 0 && u >= -1e-9 && u <= 1 + 1e-9)
			best = MAX(best, t);
	}
	return (ScenePoint){best * dx, best * dy};
}

/* The wedge of the outline from angle a0 to a1 (clockwise on the page),
 * its sides moved in by half the gap, scaled by r around (cx, cy). */
static int wedge(const ScenePoint *v, int n, double a0, double a1, double r, double cx,
                 double cy, ScenePoint *out)
{
	double span = a1 - a0, half = WEDGE_GAP / 2 / r;
	double mid = (a0 + a1) / 2, apex = half / sin(MIN(span, G_PI) / 2);
	int m = 0;
	out[m++] = (ScenePoint){apex * cos(mid), apex * sin(mid)};
	ScenePoint h0 = ray_hit(v, n, a0), h1 = ray_hit(v, n, a1);
	double d0 = asin(MIN(1, half / MAX(hypot(h0.x, h0.y), 1e-9)));
	double d1 = asin(MIN(1, half / MAX(hypot(h1.x, h1.y), 1e-9)));
	out[m++] = ray_hit(v, n, a0 + d0);
	for (int i = 0; i < n; i++) {
		double k = angle_from(atan2(v[i].y, v[i].x), a0 + d0);
		if (k > 0 && k < span - d0 - d1)
			out[m++] = v[i];
	}
	/* The vertices in the order of their angle from the wedge's start. */
	for (int i = 2; i < m; i++)
		for (int j = i; j > 2 && angle_from(atan2(out[j].y, out[j].x), a0) <
		                         angle_from(atan2(out[j - 1].y, out[j - 1].x), a0); j--) {
			ScenePoint t = out[j];
			out[j] = out[j - 1];
			out[j - 1] = t;
		}
	out[m++] = ray_hit(v, n, a1 - d1);
	for (int i = 0; i < m; i++)
		out[i] = (ScenePoint){cx + r * out[i].x, cy + r * out[i].y};
	return m;
}

char *tlmarks_group_name(const TlLayout *L, int group)
{
	return group >= 0 ? g_strdup(g_ptr_array_index(L->ev->groups, group)) : NULL;
}

/* A bracket's ends along the axis: its days, at least MIN_BRACKET wide. */
static void bracket_ends(const TlScale *s, const TlBlock *b, double *a0, double *a1)
{
	*a0 = tlscale_pos(s, b->t0);
	*a1 = tlscale_pos(s, b->t1);
	if (*a1 - *a0 < MIN_BRACKET) {
		double c = (*a0 + *a1) / 2;
		*a0 = c - MIN_BRACKET / 2;
		*a1 = c + MIN_BRACKET / 2;
	}
}

/* Brackets that overlap along the axis stand at different distances from
 * it, in lanes, the lowest clear of the dots' tops. On an axis too short
 * for its blocks as separate marks (thousands of events), a bracket
 * narrower than a mark joins the marks on the axis rather than smudge over
 * the others, and so does one the lanes have no room for. */
static void lift_brackets(GArray *blocks, const TlScale *s)
{
	const Timescale *ts = &s->ts;
	double length = 0;
	for (int i = 0; i < ts->n; i++)
		length += ts->s[i].p1 - ts->s[i].p0;
	gboolean dense = blocks->len * SEP > length;
	PlaceLanes *lanes = place_lanes_new(3, 1.5);
	for (guint i = 0; i < blocks->len; i++) {
		TlBlock *b = &g_array_index(blocks, TlBlock, i);
		if (!b->bracket)
			continue;
		double a0, a1;
		bracket_ends(s, b, &a0, &a1);
		gboolean narrow = tlscale_pos(s, b->t1) - tlscale_pos(s, b->t0) < MIN_BRACKET;
		int lane = dense && narrow ? -1 : place_lanes_add(lanes, a0, a1);
		b->dot = lane < 0 && narrow;
		b->lift = TLMARKS_DOT_R + 0.6 + LEG + LANE_STEP * (lane < 0 ? 2 : lane);
	}
	place_lanes_free(lanes);
}

/* The group shape of a block's mark: its events' one group's shape, else
 * a circle. */
static int block_shape(const TlLayout *L, const TlBlock *b)
{
	int g = tllayout_event(L, b->first)->group;
	for (int j = 1; j < b->n; j++)
		if (tllayout_event(L, b->first + j)->group != g)
			return 0;
	return tlcolor_shape(&L->colors, g);
}

/* Dots closer than MERGE merge, from the left; then the marks are spread
 * SEP apart. A window too small for the axis (thousands of events) is
 * doubled until the marks fit. */
static void cluster_dots(TlLayout *L)
{
	int n = (int)L->blocks->len;
	double *x = g_new(double, MAX(n, 1)), *pos = g_new(double, MAX(n, 1));
	double *size = g_new(double, MAX(n, 1));
	int *first = g_new(int, MAX(n, 1));
	double window = MERGE;
	int m = 0;
	/* Marks keep to the axis, give or take a mark. */
	const Timescale *ts = &L->scale.ts;
	double lo = ts->s[0].p0 - SEP, hi = ts->s[ts->n - 1].p1 + SEP;
	for (int round = 0; round < 40; round++, window *= 2) {
		m = 0;
		for (int i = 0; i < n;) {
			TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
			if (bracketed(b)) {
				i++;
				continue;
			}
			double x0 = b->anchor, x1 = x0;
			int j = i + 1;
			while (j < n) {
				TlBlock *c = &g_array_index(L->blocks, TlBlock, j);
				if (!bracketed(c) && c->anchor - x0 >= window)
					break;
				if (!bracketed(c))
					x1 = c->anchor;
				j++;
			}
			first[m] = i;
			x[m] = (x0 + x1) / 2;
			size[m] = SEP - 2 * TLMARKS_DOT_R + 2 * mark_radius(events_of(L, (guint)i, (guint)j));
			m++;
			i = j;
		}
		if (place_spread(x, size, m, 0, lo, hi, pos))
			break;
	}
	for (int k = 0; k < m; k++) {
		int end = k + 1 < m ? first[k + 1] : n;
		for (int i = first[k]; i < end; i++) {
			TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
			if (!bracketed(b))
				b->anchor = pos[k];
		}
	}
	g_free(x);
	g_free(pos);
	g_free(size);
	g_free(first);
}

void tlmarks_place(TlLayout *L)
{
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		b->anchor = tlscale_pos(&L->scale, b->t);
		b->dot = FALSE;
	}
	lift_brackets(L->blocks, &L->scale);
	cluster_dots(L);
	/* A cluster reaches as far as its tallest shape. */
	for (guint i = 0; i < L->blocks->len;) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		guint j = i + 1;
		if (bracketed(b)) {
			i++;
			continue;
		}
		while (j < L->blocks->len && (bracketed(&g_array_index(L->blocks, TlBlock, j)) ||
		                              g_array_index(L->blocks, TlBlock, j).anchor == b->anchor))
			j++;
		double r = mark_radius(events_of(L, i, j)), reach = 0;
		for (guint k = i; k < j; k++) {
			const TlBlock *c = &g_array_index(L->blocks, TlBlock, k);
			if (!bracketed(c))
				reach = MAX(reach, shape_reach(block_shape(L, c), L->set->vertical, r));
		}
		for (guint k = i; k < j; k++)
			if (!bracketed(&g_array_index(L->blocks, TlBlock, k)))
				g_array_index(L->blocks, TlBlock, k).lift = reach;
		i = j;
	}
}

double tlmarks_reach(const TlBlock *b)
{
	return b->span ? 0 : b->lift;
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
	double a0, a1;
	bracket_ends(&L->scale, b, &a0, &a1);
	double s = vertical ? 1 : -1;
	ScenePoint p[4] = {{a0, cross + s * (b->lift - LEG)}, {a0, cross + s * b->lift},
	                   {a1, cross + s * b->lift}, {a1, cross + s * (b->lift - LEG)}};
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

/* Whether an event's date (or either end) is approximate or uncertain. */
static gboolean vague(const Event *e)
{
	return e->date.qual || (e->has_end && e->end.qual);
}

/* One piece of a mark: its event (or the first of its group), whether it
 * stands for the whole group (a sector) and its angles. */
typedef struct Piece {
	const Event *e;
	gboolean hollow;
} Piece;

static gint cmp_piece(gconstpointer pa, gconstpointer pb)
{
	const Piece *a = pa, *b = pb;
	if (a->e->group != b->e->group)
		return a->e->group < b->e->group ? -1 : 1;
	return a->e < b->e ? -1 : a->e > b->e;
}

/* The pieces of the mark of blocks [from, to): one per event, by group;
 * beyond MAX_WEDGES one per group, hollow only if all its events are. */
static GArray *pieces_of(const TlLayout *L, guint from, guint to)
{
	GArray *p = g_array_new(FALSE, FALSE, sizeof(Piece));
	for (guint i = from; i < to; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		for (int j = 0; !bracketed(b) && j < b->n; j++) {
			const Event *e = tllayout_event(L, b->first + j);
			Piece pc = {e, vague(e)};
			g_array_append_val(p, pc);
		}
	}
	g_array_sort(p, cmp_piece);
	if (p->len <= MAX_WEDGES)
		return p;
	guint k = 0;
	for (guint i = 0; i < p->len; i++) {
		Piece *pc = &g_array_index(p, Piece, i);
		Piece *last = k > 0 ? &g_array_index(p, Piece, k - 1) : NULL;
		if (last && last->e->group == pc->e->group)
			last->hollow &= pc->hollow;
		else
			g_array_index(p, Piece, k++) = *pc;
	}
	g_array_set_size(p, k);
	return p;
}

/* The colours of a piece: filled, or hollow (white with a coloured rim)
 * for an approximate or uncertain date. */
static void piece_colors(const TlLayout *L, const Piece *pc, gboolean whole, Color *fill,
                         Color *stroke, double *width)
{
	Color c = tlcolor_of(&L->colors, pc->e->group);
	*fill = pc->hollow ? (whole ? color_rgb(0xffffff) : color_tint(c, 0.6)) : c;
	*stroke = pc->hollow ? c : whole ? color_rgb(0xffffff) : COLOR_NONE;
	*width = pc->hollow ? (whole ? 1 : 0.5) : whole ? 0.6 : 0;
}

/* The mark of blocks [from, to), which share one anchor. */
static void draw_mark(const TlLayout *L, guint from, guint to, double cross)
{
	const TlBlock *b = &g_array_index(L->blocks, TlBlock, from);
	gboolean vertical = L->set->vertical;
	double cx = vertical ? cross : b->anchor, cy = vertical ? b->anchor : cross;
	GArray *pieces = pieces_of(L, from, to);
	int shape = 0;
	for (guint i = from; i < to; i++) {
		const TlBlock *c = &g_array_index(L->blocks, TlBlock, i);
		if (!bracketed(c))
			shape = MAX(shape, block_shape(L, c));
	}
	/* Mixed groups take a circle: no one group's shape stands for them. */
	for (guint i = 1; i < pieces->len; i++)
		if (g_array_index(pieces, Piece, i).e->group != g_array_index(pieces, Piece, 0).e->group)
			shape = 0;
	ScenePoint v[MAX_OUTLINE], w[MAX_OUTLINE + 4];
	int nv = shape_outline(shape, v);
	int k = (int)pieces->len;
	double r = mark_radius(events_of(L, from, to));
	for (int i = 0; i < k; i++) {
		const Piece *pc = &g_array_index(pieces, Piece, i);
		Color fill, stroke;
		double width;
		piece_colors(L, pc, k == 1, &fill, &stroke, &width);
		SceneItem *it;
		if (k == 1 && shape == 0) {
			it = scene_circle(L->scene, "marker", cx, cy, r, fill, stroke, width);
		} else if (k == 1) {
			for (int j = 0; j < nv; j++)
				w[j] = (ScenePoint){cx + r * v[j].x, cy + r * v[j].y};
			it = scene_path(L->scene, "marker", w, nv, TRUE, fill, stroke, width);
		} else {
			double a0 = -G_PI / 2 + i * 2 * G_PI / k, a1 = a0 + 2 * G_PI / k;
			int nw = wedge(v, nv, a0, a1, r, cx, cy, w);
			it = scene_path(L->scene, "marker", w, nw, TRUE, fill, stroke, width);
		}
		it->row = pc->e->line;
		it->party = tlmarks_group_name(L, pc->e->group);
	}
	g_array_free(pieces, TRUE);
}

SceneItem *tlmarks_key(const TlLayout *L, const char *role, int shape, Color fill,
                       Color stroke, double cx, double cy, double r)
{
	double width = stroke.a > 0 ? 0.8 : 0;
	if (shape == 0)
		return scene_circle(L->scene, role, cx, cy, r, fill, stroke, width);
	ScenePoint v[MAX_OUTLINE];
	int n = shape_outline(shape, v);
	for (int i = 0; i < n; i++)
		v[i] = (ScenePoint){cx + r * v[i].x, cy + r * v[i].y};
	return scene_path(L->scene, role, v, n, TRUE, fill, stroke, width);
}

unsigned tlmarks_kinds(const TlLayout *L)
{
	unsigned kinds = 0;
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		for (int j = 0; j < b->n; j++) {
			const Event *e = tllayout_event(L, b->first + j);
			if (b->bracket)
				kinds |= TLMARKS_BRACKET | (vague(e) ? TLMARKS_DASHED : 0);
			else
				kinds |= vague(e) ? TLMARKS_VAGUE : TLMARKS_DAY;
		}
	}
	for (guint i = 0; i < L->spans->len; i++) {
		const Event *e = tllayout_event(L, g_array_index(L->spans, TlBlock, i).first);
		if (e->date.prec < DATE_DAY || e->end.prec < DATE_DAY)
			kinds |= TLMARKS_FADED;
		if (vague(e))
			kinds |= TLMARKS_VAGUE;
	}
	return kinds;
}

void tlmarks_key_symbol(const TlLayout *L, TlMarksKind kind, double cx, double cy)
{
	Color grey = color_rgb(PAGE_MUTED), white = color_rgb(0xffffff);
	switch (kind) {
	case TLMARKS_DAY:
		scene_circle(L->scene, "key-symbol", cx, cy, TLMARKS_DOT_R, grey, COLOR_NONE, 0);
		break;
	case TLMARKS_VAGUE:
		scene_circle(L->scene, "key-symbol", cx, cy, TLMARKS_DOT_R, white, grey, 1);
		break;
	case TLMARKS_BRACKET:
	case TLMARKS_DASHED: {
		ScenePoint p[4] = {{cx - 3.5, cy + LEG / 2}, {cx - 3.5, cy - LEG / 2},
		                   {cx + 3.5, cy - LEG / 2}, {cx + 3.5, cy + LEG / 2}};
		SceneItem *it = scene_path(L->scene, "key-symbol", p, 4, FALSE, COLOR_NONE, grey, 1.1);
		it->dash = kind == TLMARKS_DASHED ? 2 : 0;
		break;
	}
	case TLMARKS_FADED:
		/* A bar's faded end, then its solid part. */
		scene_rect(L->scene, "key-symbol", cx - 4, cy - 2, 4, 4, color_tint(grey, 0.6), grey,
		           0.5);
		scene_rect(L->scene, "key-symbol", cx, cy - 2, 4, 4, grey, COLOR_NONE, 0);
		break;
	}
}

void tlmarks_draw(const TlLayout *L, double cross)
{
	/* Brackets first: the dots go over them, never under. */
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (bracketed(b))
			draw_bracket(L, b, tllayout_event(L, b->first), cross);
	}
	for (guint i = 0; i < L->blocks->len;) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		guint j = i + 1;
		if (bracketed(b)) {
			i++;
			continue;
		}
		while (j < L->blocks->len && (bracketed(&g_array_index(L->blocks, TlBlock, j)) ||
		                              g_array_index(L->blocks, TlBlock, j).anchor == b->anchor))
			j++;
		draw_mark(L, i, j, cross);
		i = j;
	}
}
