/* case_seats: the seat-chart assertions of the case runner: every party one
 * block per panel, the arch's left-to-right order, threshold lines that keep
 * clear of seats and text and split the seats as they say; see case.h. */
#include "case.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Seats closer than this many pitches (the panel's smallest distance
 * between two seat centres) are neighbours: side by side in a grid (a
 * diagonal is 1.41 pitches), next in a row or across two rows of an arch. */
#define NEIGHBOUR_PITCHES 1.3
/* Coordinates are rounded to 0.001 pt in the scene. */
#define ROUNDING 0.002

/* ---- Seats by panel ---- */

/* The seat items of one panel. */
typedef struct Panel {
	int panel;
	GPtrArray *seats;     /* of Item *, borrowed */
	double pitch;         /* smallest distance between two centres; 0 for one seat */
} Panel;

static int by_x(const void *a, const void *b)
{
	const Item *p = *(Item *const *)a, *q = *(Item *const *)b;
	return (p->cx > q->cx) - (p->cx < q->cx);
}

/* The smallest distance between two seat centres: sorted by x, each seat
 * looks only at those less than the best distance to its right. */
static double smallest_distance(GPtrArray *seats)
{
	GPtrArray *s = g_ptr_array_copy(seats, NULL, NULL);
	g_ptr_array_sort(s, by_x);
	double best = INFINITY;
	for (guint i = 0; i < s->len; i++) {
		const Item *a = g_ptr_array_index(s, i);
		for (guint j = i + 1; j < s->len; j++) {
			const Item *b = g_ptr_array_index(s, j);
			if (b->cx - a->cx >= best)
				break;
			best = fmin(best, hypot(a->cx - b->cx, a->cy - b->cy));
		}
	}
	g_ptr_array_free(s, TRUE);
	return isfinite(best) ? best : 0;
}

static void panel_free(gpointer p)
{
	Panel *pn = p;
	g_ptr_array_free(pn->seats, TRUE);
	g_free(pn);
}

/* The panels of the scene's seats, in the order they first appear. */
static GPtrArray *seat_panels(SceneData *sd)
{
	GPtrArray *panels = g_ptr_array_new_with_free_func(panel_free);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "seat"))
			continue;
		Panel *pn = NULL;
		for (guint k = 0; k < panels->len && !pn; k++)
			if (((Panel *)g_ptr_array_index(panels, k))->panel == it->panel)
				pn = g_ptr_array_index(panels, k);
		if (!pn) {
			pn = g_new0(Panel, 1);
			pn->panel = it->panel;
			pn->seats = g_ptr_array_new();
			g_ptr_array_add(panels, pn);
		}
		g_ptr_array_add(pn->seats, it);
	}
	for (guint k = 0; k < panels->len; k++) {
		Panel *pn = g_ptr_array_index(panels, k);
		pn->pitch = smallest_distance(pn->seats);
	}
	return panels;
}

/* ---- Every party one block ---- */

/* Buckets of seats by a square cell, so neighbours are found near linearly. */
typedef struct Buckets {
	double cell;
	GHashTable *cells;    /* cell key -> GArray of guint seat indices */
} Buckets;

static gint64 cell_key(gint64 cx, gint64 cy)
{
	return cx * 2000003 + cy;
}

static void buckets_init(Buckets *b, GPtrArray *seats, double cell)
{
	b->cell = cell;
	b->cells = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
	                                 (GDestroyNotify)g_array_unref);
	for (guint i = 0; i < seats->len; i++) {
		const Item *s = g_ptr_array_index(seats, i);
		gint64 *key = g_new(gint64, 1);
		*key = cell_key((gint64)floor(s->cx / cell), (gint64)floor(s->cy / cell));
		GArray *a = g_hash_table_lookup(b->cells, key);
		if (!a) {
			a = g_array_new(FALSE, FALSE, sizeof(guint));
			g_hash_table_insert(b->cells, key, a);
		} else {
			g_free(key);
		}
		g_array_append_val(a, i);
	}
}

static int find_root(int *parent, int i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

/* Joins every pair of seats of one party closer than reach. */
static void join_neighbours(GPtrArray *seats, double reach, int *parent)
{
	Buckets b;
	buckets_init(&b, seats, reach);
	for (guint i = 0; i < seats->len; i++) {
		const Item *a = g_ptr_array_index(seats, i);
		gint64 cx = (gint64)floor(a->cx / reach), cy = (gint64)floor(a->cy / reach);
		for (gint64 dx = -1; dx <= 1; dx++)
			for (gint64 dy = -1; dy <= 1; dy++) {
				gint64 key = cell_key(cx + dx, cy + dy);
				GArray *cell = g_hash_table_lookup(b.cells, &key);
				for (guint k = 0; cell && k < cell->len; k++) {
					guint j = g_array_index(cell, guint, k);
					const Item *o = g_ptr_array_index(seats, j);
					if (j != i && !g_strcmp0(a->party, o->party) &&
					    hypot(a->cx - o->cx, a->cy - o->cy) < reach)
						parent[find_root(parent, (int)i)] = find_root(parent, (int)j);
				}
			}
	}
	g_hash_table_destroy(b.cells);
}

static void check_panel_blocks(const Panel *pn)
{
	int n = (int)pn->seats->len, *parent = g_new(int, (gsize)n + 1);
	for (int i = 0; i < n; i++)
		parent[i] = i;
	if (pn->pitch > 0)
		join_neighbours(pn->seats, NEIGHBOUR_PITCHES * pn->pitch, parent);
	GHashTable *root_of = g_hash_table_new(g_str_hash, g_str_equal);
	for (int i = 0; i < n; i++) {
		const Item *a = g_ptr_array_index(pn->seats, i);
		const char *party = a->party ? a->party : "";
		gpointer r = g_hash_table_lookup(root_of, party);
		int root = find_root(parent, i) + 1;
		if (!r) {
			g_hash_table_insert(root_of, (gpointer)party, GINT_TO_POINTER(root));
		} else if (GPOINTER_TO_INT(r) != root) {
			case_fail("panel %d: the seats of %s are not one block (seat at %g,%g is "
			          "apart; neighbours are closer than %.1f pitches of %g)", pn->panel,
			          party, a->cx, a->cy, NEIGHBOUR_PITCHES, pn->pitch);
			g_hash_table_insert(root_of, (gpointer)party, GINT_TO_POINTER(root));
		}
	}
	g_hash_table_destroy(root_of);
	g_free(parent);
}

/* A bar is one rect of role "bar" per party: no party in two pieces. */
static void check_bar_blocks(SceneData *sd)
{
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "rect") || !case_role_is(it, "bar") || !it->party)
			continue;
		char *key = g_strdup_printf("%d/%s", it->panel, it->party);
		if (!g_hash_table_add(seen, key))
			case_fail("panel %d: %s has two bar segments", it->panel, it->party);
	}
	g_hash_table_destroy(seen);
}

void check_seats_contiguous(SceneData *sd)
{
	GPtrArray *panels = seat_panels(sd);
	for (guint k = 0; k < panels->len; k++)
		check_panel_blocks(g_ptr_array_index(panels, k));
	g_ptr_array_free(panels, TRUE);
	check_bar_blocks(sd);
}

/* Every seat carries its party's CSV line; with panels, its panel (0 to
 * panels - 1); one party's seats in one panel all carry one line. */
void check_seats_rows(SceneData *sd, int panels)
{
	GHashTable *line_of = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *s = scene_data_item(sd, i);
		if (strcmp(s->type, "seat"))
			continue;
		if (s->row < 2 && bad++ < 5)
			case_fail("a seat of %s at %g,%g carries no CSV line", s->party, s->cx, s->cy);
		if ((panels > 1 ? s->panel < 0 || s->panel >= panels : s->panel != -1) && bad++ < 5)
			case_fail("a seat of %s is in panel %d, expected %s", s->party, s->panel,
			          panels > 1 ? "one of the panels" : "none");
		char *key = g_strdup_printf("%d/%s", s->panel, s->party ? s->party : "");
		gpointer line = g_hash_table_lookup(line_of, key);
		if (!line)
			g_hash_table_insert(line_of, key, GINT_TO_POINTER(s->row));
		else {
			if (GPOINTER_TO_INT(line) != s->row && bad++ < 5)
				case_fail("seats of %s in panel %d carry lines %d and %d", s->party,
				          s->panel, GPOINTER_TO_INT(line), s->row);
			g_free(key);
		}
	}
	g_hash_table_destroy(line_of);
}

/* ---- The arch's order ---- */

typedef struct Polar { const Item *seat; double angle; int ring; } Polar;

static int by_ring_then_angle(const void *a, const void *b)
{
	const Polar *p = a, *q = b;
	if (p->ring != q->ring)
		return p->ring - q->ring;
	return (p->angle < q->angle) - (p->angle > q->angle);   /* left first */
}

static gint by_int_pointer(gconstpointer a, gconstpointer b)
{
	return GPOINTER_TO_INT(a) - GPOINTER_TO_INT(b);
}

static int by_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The arch's centre is midway across its seats, on the baseline half a
 * pitch under the lowest centres (the end seats of every row touch it);
 * rows are rings a pitch apart. */
static Polar *polar_seats(const Panel *pn)
{
	double x0 = INFINITY, x1 = -INFINITY, ylow = -INFINITY, far = 0;
	for (guint i = 0; i < pn->seats->len; i++) {
		const Item *s = g_ptr_array_index(pn->seats, i);
		x0 = fmin(x0, s->cx), x1 = fmax(x1, s->cx), ylow = fmax(ylow, s->cy);
	}
	double ox = (x0 + x1) / 2, oy = ylow + pn->pitch / 2;
	Polar *p = g_new(Polar, pn->seats->len);
	for (guint i = 0; i < pn->seats->len; i++) {
		const Item *s = g_ptr_array_index(pn->seats, i);
		far = fmax(far, hypot(s->cx - ox, oy - s->cy));
	}
	for (guint i = 0; i < pn->seats->len; i++) {
		const Item *s = g_ptr_array_index(pn->seats, i);
		double rho = hypot(s->cx - ox, oy - s->cy);
		p[i] = (Polar){s, atan2(oy - s->cy, s->cx - ox), (int)lround((far - rho) / pn->pitch)};
	}
	return p;
}

/* The angle one seat takes on the inner row, the arch's coarsest step: the
 * pitch over its radius. */
static double inner_seat_angle(const Panel *pn, const Polar *p, int n)
{
	double x0 = INFINITY, x1 = -INFINITY;
	int inner = 0;
	for (int i = 0; i < n; i++)
		inner = MAX(inner, p[i].ring);
	for (int i = 0; i < n; i++)
		if (p[i].ring == inner)
			x0 = fmin(x0, p[i].seat->cx), x1 = fmax(x1, p[i].seat->cx);
	double radius = (x1 - x0) / 2;
	return radius > 0 ? pn->pitch / radius : G_PI;
}

/* In every row the parties come in CSV order from left to right, and each
 * party's middle seat (by angle) is not left of the previous party's by
 * more than a seat of the inner row (rows hold their seats at different
 * angles: two small parties in neighbouring rows may be that far out of
 * line). */
static void check_panel_order(const Panel *pn)
{
	int n = (int)pn->seats->len;
	if (n < 2 || pn->pitch <= 0)
		return;
	Polar *p = polar_seats(pn);
	qsort(p, (size_t)n, sizeof *p, by_ring_then_angle);
	int bad = 0;
	for (int i = 1; i < n; i++)
		if (p[i].ring == p[i - 1].ring && p[i].seat->row < p[i - 1].seat->row && bad++ < 3)
			case_fail("panel %d, row %d from the outside: %s (line %d) is right of %s "
			          "(line %d)", pn->panel, p[i].ring, p[i - 1].seat->party,
			          p[i - 1].seat->row, p[i].seat->party, p[i].seat->row);
	/* Middle angles by CSV line. */
	GHashTable *angles = g_hash_table_new_full(NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
	for (int i = 0; i < n; i++) {
		gpointer key = GINT_TO_POINTER(p[i].seat->row);
		GArray *a = g_hash_table_lookup(angles, key);
		if (!a)
			g_hash_table_insert(angles, key, a = g_array_new(FALSE, FALSE, sizeof(double)));
		g_array_append_val(a, p[i].angle);
	}
	GList *rows = g_list_sort(g_hash_table_get_keys(angles), (GCompareFunc)by_int_pointer);
	double prev = INFINITY;
	int prev_row = 0;
	double slack = inner_seat_angle(pn, p, n);
	for (GList *l = rows; l; l = l->next) {
		GArray *a = g_hash_table_lookup(angles, l->data);
		g_array_sort(a, by_double);
		double mid = g_array_index(a, double, a->len / 2);
		if (mid > prev + slack && bad++ < 3)
			case_fail("panel %d: the party of line %d sits at %.1f°, not right of the "
			          "party of line %d before it (%.1f°)", pn->panel,
			          GPOINTER_TO_INT(l->data), mid * 180 / G_PI, prev_row, prev * 180 / G_PI);
		prev = mid, prev_row = GPOINTER_TO_INT(l->data);
	}
	g_list_free(rows);
	g_hash_table_destroy(angles);
	g_free(p);
}

void check_seats_arch_order(SceneData *sd)
{
	GPtrArray *panels = seat_panels(sd);
	for (guint k = 0; k < panels->len; k++)
		check_panel_order(g_ptr_array_index(panels, k));
	g_ptr_array_free(panels, TRUE);
}

/* ---- Threshold lines ---- */

static gboolean is_cut(const Item *it)
{
	return it->pts && (case_role_is(it, "majority") || case_role_is(it, "threshold") ||
	                   case_role_is(it, "halo"));
}

static double segment_distance(const double *a, const double *b, double px, double py)
{
	double dx = b[0] - a[0], dy = b[1] - a[1], len2 = dx * dx + dy * dy;
	double t = len2 > 0 ? CLAMP(((px - a[0]) * dx + (py - a[1]) * dy) / len2, 0, 1) : 0;
	return hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

/* Every line's edge (half its stroke out from its middle) stays share of a
 * seat's radius clear of every seat's edge. */
void check_lines_clear(SceneData *sd, double share)
{
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *ln = scene_data_item(sd, i);
		if (!is_cut(ln))
			continue;
		double worst = INFINITY;
		const Item *at = NULL;
		for (guint j = 0; j < sd->items->len; j++) {
			const Item *s = scene_data_item(sd, j);
			if (strcmp(s->type, "seat") || s->cx + s->r + ln->lw < ln->x ||
			    s->cx - s->r - ln->lw > ln->x + ln->w || s->cy + s->r + ln->lw < ln->y ||
			    s->cy - s->r - ln->lw > ln->y + ln->h)
				continue;
			for (int k = 0; k + 1 < ln->npts; k++) {
				double d = segment_distance(&ln->pts[2 * k], &ln->pts[2 * k + 2], s->cx,
				                            s->cy);
				/* clear space between the stroke's edge and the seat, in radii */
				double clear = (d - ln->lw / 2 - s->r + ROUNDING) / s->r;
				if (clear < worst)
					worst = clear, at = s;
			}
		}
		if (at && worst < share && bad++ < 5)
			case_fail("%s line (%g pt wide) comes %.0f%% of a radius from the seat of %s at "
			          "%g,%g; expected at least %.0f%% clear", ln->role, ln->lw, worst * 100,
			          at->party, at->cx, at->cy, share * 100);
	}
}

/* Liang-Barsky: does segment ab meet the box grown by pad on every side? */
static gboolean segment_meets_box(const double *a, const double *b, const Item *box,
                                  double pad)
{
	double x0 = box->x - pad, y0 = box->y - pad;
	double x1 = box->x + box->w + pad, y1 = box->y + box->h + pad;
	double t0 = 0, t1 = 1, dx = b[0] - a[0], dy = b[1] - a[1];
	double p[4] = {-dx, dx, -dy, dy}, q[4] = {a[0] - x0, x1 - a[0], a[1] - y0, y1 - a[1]};
	for (int k = 0; k < 4; k++) {
		if (p[k] == 0) {
			if (q[k] < 0)
				return FALSE;
		} else {
			double t = q[k] / p[k];
			if (p[k] < 0)
				t0 = fmax(t0, t);
			else
				t1 = fmin(t1, t);
		}
	}
	return t0 < t1;
}

/* No line or halo, its width included, touches any text. */
void check_lines_clear_of_text(SceneData *sd)
{
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *ln = scene_data_item(sd, i);
		if (!is_cut(ln))
			continue;
		for (guint j = 0; j < sd->items->len; j++) {
			const Item *t = scene_data_item(sd, j);
			if (strcmp(t->type, "text"))
				continue;
			for (int k = 0; k + 1 < ln->npts; k++)
				if (segment_meets_box(&ln->pts[2 * k], &ln->pts[2 * k + 2], t,
				                      ln->lw / 2 - ROUNDING)) {
					if (bad++ < 5)
						case_fail("%s line (%g pt wide) touches %s text \"%s\"", ln->role,
						          ln->lw, t->role, t->text);
					break;
				}
		}
	}
}

/* Whether (x, y) is inside the polygon pts[n] (x0 y0 x1 y1 ...), by the
 * even-odd rule. */
static gboolean inside(const double *pts, int n, double x, double y)
{
	gboolean in = FALSE;
	for (int i = 0, j = n - 1; i < n; j = i++) {
		double xi = pts[2 * i], yi = pts[2 * i + 1], xj = pts[2 * j], yj = pts[2 * j + 1];
		if ((yi > y) != (yj > y) && x < xi + (y - yi) * (xj - xi) / (yj - yi))
			in = !in;
	}
	return in;
}

/* The seats of the line's panel on each side of it. The line, run on far
 * past both ends and closed by a point far to one side, bounds one side:
 * the seats inside that polygon. */
static void count_sides(SceneData *sd, const Item *ln, int side[2])
{
	int n = ln->npts;
	const double *p = ln->pts;
	double far = 10 * (sd->width + sd->height);
	double *poly = g_new(double, 2 * (gsize)n + 6);
	double ux = p[2] - p[0], uy = p[3] - p[1], ul = hypot(ux, uy);
	double vx = p[2 * n - 2] - p[2 * n - 4], vy = p[2 * n - 1] - p[2 * n - 3], vl = hypot(vx, vy);
	poly[0] = p[0] - far * ux / ul, poly[1] = p[1] - far * uy / ul;
	memcpy(poly + 2, p, sizeof(double) * 2 * (size_t)n);
	double ex = p[2 * n - 2] + far * vx / vl, ey = p[2 * n - 1] + far * vy / vl;
	poly[2 * n + 2] = ex, poly[2 * n + 3] = ey;
	double cx = ex - poly[0], cy = ey - poly[1], cl = hypot(cx, cy);
	poly[2 * n + 4] = (ex + poly[0]) / 2 - far * cy / cl;
	poly[2 * n + 5] = (ey + poly[1]) / 2 + far * cx / cl;
	side[0] = side[1] = 0;
	for (guint j = 0; j < sd->items->len; j++) {
		const Item *s = scene_data_item(sd, j);
		if (!strcmp(s->type, "seat") && s->panel == ln->panel)
			side[inside(poly, n + 3, s->cx, s->cy)]++;
	}
	g_free(poly);
}

void check_splits(SceneData *sd, const char *role, const int *want, int nwant, gboolean all)
{
	int lines = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *ln = scene_data_item(sd, i);
		if (!ln->pts || !case_role_is(ln, role) || case_role_is(ln, "halo"))
			continue;
		int n = all ? want[0] : lines < nwant ? want[lines] : -1;
		lines++;
		if (n < 0)
			continue;
		int side[2];
		count_sides(sd, ln, side);
		if (side[0] != n && side[1] != n)
			case_fail("%s line %d (panel %d) splits the seats %d | %d, expected %d on one "
			          "side", role, lines, ln->panel, side[0], side[1], n);
	}
	if (!lines)
		case_fail("no line or path of role %s", role);
	else if (!all && lines != nwant)
		case_fail("%d lines of role %s, expected %d", lines, role, nwant);
}
