/* cases: runs the data-driven CLI cases of tests/cases/ (format in its
 * README.md) as cmocka tests: a command line, then assertions on the exit
 * status, messages, files and the geometry of the scene JSON. */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <cmocka.h>

#define EPS 0.01

static const char *binary;

typedef struct Case {
	char *name;
	char *dir;
} Case;

typedef struct Item {
	char type[8];
	const char *role;     /* borrowed from the JSON tree */
	const char *text;
	const char *party;
	double x, y, w, h;    /* text, rect; for lines, circles and paths the bbox */
	double cx, cy, r;
	double *pts;          /* path: x0 y0 x1 y1 ...; a line: 2 points */
	int npts;
	int ref;
} Item;

typedef struct SceneData {
	JsonParser *parser;
	double width, height;
	int hidden;
	GArray *items;        /* of Item */
} SceneData;

static GString *failures;

static void failf(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
static void failf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_string_append(failures, "  ");
	g_string_append_vprintf(failures, fmt, ap);
	g_string_append_c(failures, '\n');
	va_end(ap);
}

static double num(JsonObject *o, const char *k)
{
	return json_object_has_member(o, k) ? json_object_get_double_member(o, k) : 0;
}

static const char *strm(JsonObject *o, const char *k)
{
	return json_object_has_member(o, k) ? json_object_get_string_member(o, k) : NULL;
}

static void free_scene(SceneData *sd)
{
	if (!sd->items)
		return;
	for (guint i = 0; i < sd->items->len; i++)
		g_free(g_array_index(sd->items, Item, i).pts);
	g_array_free(sd->items, TRUE);
	g_object_unref(sd->parser);
	memset(sd, 0, sizeof *sd);
}

static gboolean load_scene(const char *path, SceneData *sd)
{
	free_scene(sd);
	GError *e = NULL;
	sd->parser = json_parser_new();
	if (!json_parser_load_from_file(sd->parser, path, &e)) {
		failf("scene %s: %s", path, e->message);
		g_error_free(e);
		g_object_unref(sd->parser);
		sd->parser = NULL;
		return FALSE;
	}
	JsonObject *root = json_node_get_object(json_parser_get_root(sd->parser));
	JsonObject *page = json_object_get_object_member(root, "page");
	sd->width = num(page, "width");
	sd->height = num(page, "height");
	sd->hidden = (int)num(root, "hidden");
	JsonArray *arr = json_object_get_array_member(root, "items");
	sd->items = g_array_new(FALSE, TRUE, sizeof(Item));
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *o = json_array_get_object_element(arr, i);
		Item it = {0};
		g_strlcpy(it.type, strm(o, "type"), sizeof it.type);
		it.role = strm(o, "role");
		it.text = strm(o, "text");
		it.party = strm(o, "party");
		it.ref = json_object_has_member(o, "row") ? (int)num(o, "row") : -1;
		if (!strcmp(it.type, "text") || !strcmp(it.type, "rect")) {
			it.x = num(o, "x"), it.y = num(o, "y");
			it.w = num(o, "w"), it.h = num(o, "h");
		} else if (!strcmp(it.type, "seat") || !strcmp(it.type, "circle")) {
			it.cx = num(o, "cx"), it.cy = num(o, "cy"), it.r = num(o, "r");
			it.x = it.cx - it.r, it.y = it.cy - it.r, it.w = it.h = 2 * it.r;
		} else if (!strcmp(it.type, "line") || !strcmp(it.type, "path")) {
			if (!strcmp(it.type, "line")) {
				it.npts = 2;
				it.pts = g_new(double, 4);
				it.pts[0] = num(o, "x1"), it.pts[1] = num(o, "y1");
				it.pts[2] = num(o, "x2"), it.pts[3] = num(o, "y2");
			} else {
				JsonArray *p = json_object_get_array_member(o, "points");
				it.npts = (int)json_array_get_length(p);
				it.pts = g_new(double, 2 * (gsize)it.npts + 2);
				for (int k = 0; k < it.npts; k++) {
					JsonArray *xy = json_array_get_array_element(p, (guint)k);
					it.pts[2 * k] = json_array_get_double_element(xy, 0);
					it.pts[2 * k + 1] = json_array_get_double_element(xy, 1);
				}
			}
			double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
			for (int k = 0; k < it.npts; k++) {
				x0 = fmin(x0, it.pts[2 * k]), x1 = fmax(x1, it.pts[2 * k]);
				y0 = fmin(y0, it.pts[2 * k + 1]), y1 = fmax(y1, it.pts[2 * k + 1]);
			}
			it.x = x0, it.y = y0, it.w = x1 - x0, it.h = y1 - y0;
		}
		g_array_append_val(sd->items, it);
	}
	return TRUE;
}

static Item *item(SceneData *sd, guint i)
{
	return &g_array_index(sd->items, Item, i);
}

static gboolean role_is(const Item *it, const char *role)
{
	return !strcmp(role, "*") || (it->role && !strcmp(it->role, role));
}

/* "TYPE" or "TYPE:ROLE" */
static gboolean matches(const Item *it, const char *spec)
{
	const char *colon = strchr(spec, ':');
	size_t tl = colon ? (size_t)(colon - spec) : strlen(spec);
	if (strlen(it->type) != tl || strncmp(it->type, spec, tl))
		return FALSE;
	return !colon || role_is(it, colon + 1);
}

/* A uniform grid over the page: each cell lists the items whose box touches
 * it, so the pairwise checks stay near linear for 100 000 labels. */
typedef struct Grid {
	double cell;
	int cols, rows;
	GArray **cells;       /* of guint item indices */
} Grid;

static void grid_init(Grid *g, SceneData *sd, double cell)
{
	g->cell = cell;
	g->cols = (int)(sd->width / cell) + 2;
	g->rows = (int)(sd->height / cell) + 2;
	g->cells = g_new0(GArray *, (gsize)g->cols * (gsize)g->rows);
}

static void grid_range(Grid *g, double x, double y, double w, double h,
                       int *c0, int *r0, int *c1, int *r1)
{
	*c0 = CLAMP((int)floor(x / g->cell), 0, g->cols - 1);
	*r0 = CLAMP((int)floor(y / g->cell), 0, g->rows - 1);
	*c1 = CLAMP((int)floor((x + w) / g->cell), 0, g->cols - 1);
	*r1 = CLAMP((int)floor((y + h) / g->cell), 0, g->rows - 1);
}

static void grid_add(Grid *g, const Item *it, guint idx)
{
	int c0, r0, c1, r1;
	grid_range(g, it->x, it->y, it->w, it->h, &c0, &r0, &c1, &r1);
	for (int r = r0; r <= r1; r++)
		for (int c = c0; c <= c1; c++) {
			GArray **cell = &g->cells[r * g->cols + c];
			if (!*cell)
				*cell = g_array_new(FALSE, FALSE, sizeof(guint));
			g_array_append_val(*cell, idx);
		}
}

/* Calls fn for each distinct item in the cells under the box. */
static void grid_query(Grid *g, double x, double y, double w, double h,
                       GHashTable *seen, void (*fn)(guint, void *), void *data)
{
	int c0, r0, c1, r1;
	grid_range(g, x, y, w, h, &c0, &r0, &c1, &r1);
	g_hash_table_remove_all(seen);
	for (int r = r0; r <= r1; r++)
		for (int c = c0; c <= c1; c++) {
			GArray *cell = g->cells[r * g->cols + c];
			for (guint k = 0; cell && k < cell->len; k++) {
				guint idx = g_array_index(cell, guint, k);
				if (g_hash_table_add(seen, GUINT_TO_POINTER(idx + 1)))
					fn(idx, data);
			}
		}
}

static void grid_free(Grid *g)
{
	for (int i = 0; i < g->cols * g->rows; i++)
		if (g->cells[i])
			g_array_free(g->cells[i], TRUE);
	g_free(g->cells);
}

/* A grid of every text box of the scene. */
static void grid_texts(Grid *g, SceneData *sd)
{
	grid_init(g, sd, 24);
	for (guint i = 0; i < sd->items->len; i++)
		if (!strcmp(item(sd, i)->type, "text"))
			grid_add(g, item(sd, i), i);
}

static gboolean boxes_overlap(const Item *a, const Item *b)
{
	return a->x + EPS < b->x + b->w && b->x + EPS < a->x + a->w &&
	       a->y + EPS < b->y + b->h && b->y + EPS < a->y + a->h;
}

typedef struct Query {
	SceneData *sd;
	guint self;
	const Item *probe;
	int found;
	int reported;
	const char *what;
} Query;

static void text_overlap_fn(guint idx, void *data)
{
	Query *q = data;
	Item *other = item(q->sd, idx);
	if (idx <= q->self)
		return;
	if (boxes_overlap(q->probe, other)) {
		q->found++;
		if (q->reported++ < 5)
			failf("text overlap: \"%s\" (%s) and \"%s\" (%s)", q->probe->text,
			      q->probe->role, other->text, other->role);
	}
}

static void check_no_text_overlap(SceneData *sd)
{
	Grid g;
	grid_texts(&g, sd);
	GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal);
	Query q = {.sd = sd};
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (strcmp(it->type, "text"))
			continue;
		q.self = i, q.probe = it;
		grid_query(&g, it->x, it->y, it->w, it->h, seen, text_overlap_fn, &q);
	}
	g_hash_table_destroy(seen);
	grid_free(&g);
}

static void check_on_page(SceneData *sd)
{
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (it->x < -EPS || it->y < -EPS || it->x + it->w > sd->width + EPS ||
		    it->y + it->h > sd->height + EPS) {
			if (bad++ < 5)
				failf("off the page (%gx%g): %s %s \"%s\" at %g,%g size %gx%g",
				      sd->width, sd->height, it->type, it->role ? it->role : "",
				      it->text ? it->text : "", it->x, it->y, it->w, it->h);
		}
	}
}

/* Does segment (x0,y0)-(x1,y1) pass through the inside of box it? */
static gboolean segment_hits_box(double x0, double y0, double x1, double y1,
                                 const Item *b)
{
	double bx0 = b->x + EPS, by0 = b->y + EPS;
	double bx1 = b->x + b->w - EPS, by1 = b->y + b->h - EPS;
	double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
	double p[4] = {-dx, dx, -dy, dy};
	double q[4] = {x0 - bx0, bx1 - x0, y0 - by0, by1 - y0};
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

typedef struct SegQuery {
	SceneData *sd;
	double x0, y0, x1, y1;
	const Item *line;
	int *bad;
} SegQuery;

static void seg_fn(guint idx, void *data)
{
	SegQuery *q = data;
	Item *t = item(q->sd, idx);
	if (segment_hits_box(q->x0, q->y0, q->x1, q->y1, t) && (*q->bad)++ < 5)
		failf("%s %s crosses text \"%s\" (%s)", q->line->type, q->line->role,
		      t->text, t->role);
}

static void check_text_clear_of(SceneData *sd, char **roles)
{
	Grid g;
	grid_texts(&g, sd);
	GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal);
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (!it->pts)
			continue;
		gboolean wanted = FALSE;
		for (char **r = roles; *r; r++)
			wanted |= role_is(it, *r);
		if (!wanted)
			continue;
		for (int k = 0; k + 1 < it->npts; k++) {
			SegQuery q = {sd, it->pts[2 * k], it->pts[2 * k + 1],
			              it->pts[2 * k + 2], it->pts[2 * k + 3], it, &bad};
			grid_query(&g, fmin(q.x0, q.x1), fmin(q.y0, q.y1), fabs(q.x1 - q.x0),
			           fabs(q.y1 - q.y0), seen, seg_fn, &q);
		}
	}
	g_hash_table_destroy(seen);
	grid_free(&g);
}

static void check_seats_no_overlap(SceneData *sd, gboolean vs_text)
{
	Grid g;
	double maxr = 0;
	for (guint i = 0; i < sd->items->len; i++)
		if (!strcmp(item(sd, i)->type, "seat"))
			maxr = fmax(maxr, item(sd, i)->r);
	grid_init(&g, sd, fmax(4 * maxr, 8));
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (!strcmp(it->type, vs_text ? "text" : "seat"))
			grid_add(&g, it, i);
	}
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *a = item(sd, i);
		if (strcmp(a->type, "seat"))
			continue;
		int c0, r0, c1, r1;
		grid_range(&g, a->x, a->y, a->w, a->h, &c0, &r0, &c1, &r1);
		for (int r = r0; r <= r1; r++)
			for (int c = c0; c <= c1; c++) {
				GArray *cell = g.cells[r * g.cols + c];
				for (guint k = 0; cell && k < cell->len; k++) {
					guint j = g_array_index(cell, guint, k);
					Item *b = item(sd, j);
					gboolean hit;
					if (vs_text) {
						double nx = CLAMP(a->cx, b->x, b->x + b->w);
						double ny = CLAMP(a->cy, b->y, b->y + b->h);
						hit = hypot(a->cx - nx, a->cy - ny) < a->r - EPS;
					} else {
						hit = j > i && hypot(a->cx - b->cx, a->cy - b->cy) <
						               a->r + b->r - EPS;
					}
					if (hit && bad++ < 5)
						failf("seat of %s at %g,%g overlaps %s \"%s\"", a->party,
						      a->cx, a->cy, b->type, b->text ? b->text : b->party);
				}
			}
	}
	grid_free(&g);
}

static int find_root(int *parent, int i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

/* Each party's seats are connected when seats closer than 3 radii count as
 * neighbours. */
static void check_seats_contiguous(SceneData *sd)
{
	GArray *seats = g_array_new(FALSE, FALSE, sizeof(guint));
	double maxr = 0;
	for (guint i = 0; i < sd->items->len; i++)
		if (!strcmp(item(sd, i)->type, "seat")) {
			g_array_append_val(seats, i);
			maxr = fmax(maxr, item(sd, i)->r);
		}
	int n = (int)seats->len;
	int *parent = g_new(int, (gsize)n + 1);
	for (int i = 0; i < n; i++)
		parent[i] = i;
	Grid g;
	grid_init(&g, sd, fmax(3 * maxr, 4));
	for (int i = 0; i < n; i++) {
		Item *a = item(sd, g_array_index(seats, guint, i));
		Item probe = *a;
		probe.x = a->cx, probe.y = a->cy, probe.w = probe.h = 0;
		grid_add(&g, &probe, (guint)i);
	}
	for (int i = 0; i < n; i++) {
		Item *a = item(sd, g_array_index(seats, guint, i));
		int c0, r0, c1, r1;
		grid_range(&g, a->cx - 3 * maxr, a->cy - 3 * maxr, 6 * maxr, 6 * maxr,
		           &c0, &r0, &c1, &r1);
		for (int r = r0; r <= r1; r++)
			for (int c = c0; c <= c1; c++) {
				GArray *cell = g.cells[r * g.cols + c];
				for (guint k = 0; cell && k < cell->len; k++) {
					int j = (int)g_array_index(cell, guint, k);
					Item *b = item(sd, g_array_index(seats, guint, j));
					if (j != i && !g_strcmp0(a->party, b->party) &&
					    hypot(a->cx - b->cx, a->cy - b->cy) < 1.5 * (a->r + b->r))
						parent[find_root(parent, i)] = find_root(parent, j);
				}
			}
	}
	GHashTable *root_of = g_hash_table_new(g_str_hash, g_str_equal);
	for (int i = 0; i < n; i++) {
		Item *a = item(sd, g_array_index(seats, guint, i));
		const char *party = a->party ? a->party : "";
		gpointer r = g_hash_table_lookup(root_of, party);
		int root = find_root(parent, i) + 1;
		if (!r)
			g_hash_table_insert(root_of, (gpointer)party, GINT_TO_POINTER(root));
		else if (GPOINTER_TO_INT(r) != root) {
			failf("seats of %s are not contiguous (seat at %g,%g is apart)", party,
			      a->cx, a->cy);
			g_hash_table_insert(root_of, (gpointer)party, GINT_TO_POINTER(root));
		}
	}
	g_hash_table_destroy(root_of);
	grid_free(&g);
	g_free(parent);
	g_array_free(seats, TRUE);
}

/* Seats on each side of every majority line: one side must hold exactly n. */
static void check_majority(SceneData *sd, int want)
{
	int lines = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *ln = item(sd, i);
		if (!ln->pts || !role_is(ln, "majority"))
			continue;
		lines++;
		int side[2] = {0, 0};
		for (guint j = 0; j < sd->items->len; j++) {
			Item *s = item(sd, j);
			if (strcmp(s->type, "seat"))
				continue;
			double best = INFINITY, cross = 0;
			for (int k = 0; k + 1 < ln->npts; k++) {
				double ax = ln->pts[2 * k], ay = ln->pts[2 * k + 1];
				double bx = ln->pts[2 * k + 2], by = ln->pts[2 * k + 3];
				double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
				double t = len2 > 0 ? CLAMP(((s->cx - ax) * dx + (s->cy - ay) * dy) / len2, 0, 1) : 0;
				double d = hypot(s->cx - (ax + t * dx), s->cy - (ay + t * dy));
				if (d < best) {
					best = d;
					cross = dx * (s->cy - ay) - dy * (s->cx - ax);
				}
			}
			side[cross > 0]++;
		}
		if (side[0] != want && side[1] != want)
			failf("majority line splits the seats %d | %d, expected %d on one side",
			      side[0], side[1], want);
	}
	if (!lines)
		failf("no line or path of role majority");
}

/* The first bar (the topmost row of "bar" rects) splits its length as the
 * seat counts do, and each threshold line (role "majority", or "threshold"
 * with the threshold given as ROLE=N) cuts it after exactly that many seats. */
static void check_bar(SceneData *sd, char **args, int nargs)
{
	double top = INFINITY;
	for (guint i = 0; i < sd->items->len; i++)
		if (!strcmp(item(sd, i)->type, "rect") && role_is(item(sd, i), "bar"))
			top = fmin(top, item(sd, i)->y);
	GArray *bars = g_array_new(FALSE, FALSE, sizeof(Item *));
	double x0 = INFINITY, x1 = -INFINITY;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (!strcmp(it->type, "rect") && role_is(it, "bar") && fabs(it->y - top) < 2) {
			g_array_append_val(bars, it);
			x0 = fmin(x0, it->x), x1 = fmax(x1, it->x + it->w);
		}
	}
	int total = 0, nseats = 0;
	for (int a = 0; a < nargs; a++)
		if (!strchr(args[a], '='))
			total += atoi(args[a]), nseats++;
	if ((int)bars->len != nseats || total <= 0) {
		failf("bar: %u segments, expected %d", bars->len, nseats);
		g_array_free(bars, TRUE);
		return;
	}
	double len = x1 - x0, at = x0;
	int k = 0, left = 0;
	for (int a = 0; a < nargs; a++) {
		if (strchr(args[a], '='))
			continue;
		Item *b = g_array_index(bars, Item *, k++);
		int n = atoi(args[a]);
		double want0 = x0 + len * left / total, want1 = x0 + len * (left + n) / total;
		/* a stroked segment may be inset by its line width */
		if (fabs(b->x - want0) > 1.5 || fabs(b->x + b->w - want1) > 1.5)
			failf("bar segment %d spans %g..%g, expected %g..%g for %d of %d seats",
			      k, b->x, b->x + b->w, want0, want1, n, total);
		left += n;
		at = want1;
	}
	(void)at;
	for (int a = 0; a < nargs; a++) {
		char *eq = strchr(args[a], '=');
		if (!eq)
			continue;
		char *role = g_strndup(args[a], (gsize)(eq - args[a]));
		int n = atoi(eq + 1), found = 0;
		double want = x0 + len * n / total;
		for (guint i = 0; i < sd->items->len; i++) {
			Item *it = item(sd, i);
			if (!it->pts || !role_is(it, role) || fabs(it->y - top) > 40)
				continue;
			found++;
			if (fabs(it->pts[0] - want) > 0.5)
				failf("%s line at x=%g, expected %g (after %d of %d seats)", role,
				      it->pts[0], want, n, total);
		}
		if (!found)
			failf("no %s line on the bar", role);
		g_free(role);
	}
	g_array_free(bars, TRUE);
}

static gboolean has_text(SceneData *sd, const char *role, const char *sub)
{
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (!strcmp(it->type, "text") && role_is(it, role) && strstr(it->text, sub))
			return TRUE;
	}
	return FALSE;
}

static void check_ordered(SceneData *sd, const char *role, gboolean vertical)
{
	Item *prev = NULL;
	int n = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (strcmp(it->type, "text") || !role_is(it, role))
			continue;
		n++;
		if (prev) {
			double end = vertical ? prev->y + prev->h : prev->x + prev->w;
			double start = vertical ? it->y : it->x;
			if (start < end - EPS)
				failf("%s \"%s\" is not after \"%s\" (%g < %g)", role, it->text,
				      prev->text, start, end);
		}
		prev = it;
	}
	if (!n)
		failf("no text of role %s", role);
}

/* The first text containing a ends above the first text containing b. */
static void check_above(SceneData *sd, const char *a, const char *b)
{
	Item *ia = NULL, *ib = NULL;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = item(sd, i);
		if (strcmp(it->type, "text") || !it->text)
			continue;
		if (!ia && strstr(it->text, a))
			ia = it;
		if (!ib && strstr(it->text, b))
			ib = it;
	}
	if (!ia || !ib)
		failf("no text containing \"%s\"", !ia ? a : b);
	else if (ia->y + ia->h > ib->y + EPS)
		failf("\"%s\" (bottom %g) is not above \"%s\" (top %g)", ia->text,
		      ia->y + ia->h, ib->text, ib->y);
}

static const char *tools_dir;   /* folder of the test tools: $TOOLS */

static char *subst(const char *s, const char *dir, const char *out)
{
	char **b = g_strsplit(s, "$TOOLS", -1);
	char *u = g_strjoinv(tools_dir, b);
	g_strfreev(b);
	s = u;
	char **a = g_strsplit(s, "$DIR", -1);
	char *t = g_strjoinv(dir, a);
	g_strfreev(a);
	a = g_strsplit(t, "$OUT", -1);
	g_free(t);
	t = g_strjoinv(out, a);
	g_strfreev(a);
	g_free(u);
	return t;
}

static void rm_tree(const char *path)
{
	GDir *d = g_dir_open(path, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d))) {
		char *p = g_build_filename(path, name, NULL);
		if (g_file_test(p, G_FILE_TEST_IS_DIR))
			rm_tree(p);
		else
			g_unlink(p);
		g_free(p);
	}
	if (d)
		g_dir_close(d);
	g_rmdir(path);
}

static gboolean same_files(const char *a, const char *b)
{
	char *da = NULL, *db = NULL;
	gsize la = 0, lb = 0;
	gboolean same = g_file_get_contents(a, &da, &la, NULL) &&
	                g_file_get_contents(b, &db, &lb, NULL) && la == lb &&
	                memcmp(da, db, la) == 0;
	g_free(da);
	g_free(db);
	return same;
}

/* Every font in the PDF is embedded and is one of the bundled Noto Sans faces. */
static void check_pdf_fonts(const char *pdf)
{
	char *argv[] = {(char *)"pdffonts", (char *)pdf, NULL};
	char *out = NULL;
	int status = 0;
	if (!g_spawn_sync(NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
	                  NULL, NULL, &out, NULL, &status, NULL) || status != 0) {
		failf("pdffonts %s failed (is poppler-utils installed?)", pdf);
		g_free(out);
		return;
	}
	char **lines = g_strsplit(out, "\n", -1);
	int fonts = 0;
	for (int i = 2; lines[i]; i++) {
		if (!*lines[i])
			continue;
		fonts++;
		char *plus = strchr(lines[i], '+');
		const char *name = plus ? plus + 1 : lines[i];
		if (!g_str_has_prefix(name, "NotoSans-"))
			failf("PDF font not from fonts/: %s", lines[i]);
		if (!strstr(lines[i], " yes "))
			failf("PDF font not embedded: %s", lines[i]);
	}
	if (!fonts)
		failf("PDF %s has no fonts", pdf);
	g_strfreev(lines);
	g_free(out);
}

static void run_case(void **state)
{
	Case *c = *state;
	failures = g_string_new(NULL);
	char *args_path = g_build_filename(c->dir, "args", NULL);
	char *expect_path = g_build_filename(c->dir, "expect", NULL);
	char *args_text = NULL, *expect_text = NULL;
	if (!g_file_get_contents(args_path, &args_text, NULL, NULL) ||
	    !g_file_get_contents(expect_path, &expect_text, NULL, NULL))
		fail_msg("case %s needs args and expect files", c->name);
	char *out = g_dir_make_tmp("render-case-XXXXXX", NULL);
	char **env = g_get_environ();
	char **expect = g_strsplit(expect_text, "\n", -1);
	for (char **l = expect; *l; l++)
		if (g_str_has_prefix(*l, "env ")) {
			char *kv = subst(*l + 4, c->dir, out);
			char *eq = strchr(kv, '=');
			if (eq) {
				*eq = 0;
				env = g_environ_setenv(env, kv, eq + 1, TRUE);
			}
			g_free(kv);
		}

	int first_status = -1;
	char *first_err = NULL, *first_out = NULL;
	char **runs = g_strsplit(args_text, "\n", -1);
	for (char **r = runs; *r; r++) {
		if (!**r || **r == '#')
			continue;
		char *line = subst(*r, c->dir, out);
		int argc = 0;
		char **argv = NULL;
		GError *e = NULL;
		if (!g_shell_parse_argv(line, &argc, &argv, &e))
			fail_msg("case %s: args: %s", c->name, e->message);
		/* Leading NAME=VALUE words set the environment of this run only. */
		char **run_env = g_strdupv(env);
		int skip = 0;
		while (skip < argc && strchr(argv[skip], '=') && argv[skip][0] != '-' &&
		       g_ascii_isupper(argv[skip][0])) {
			char *kv = g_strdup(argv[skip]);
			char *eq = strchr(kv, '=');
			*eq = 0;
			run_env = g_environ_setenv(run_env, kv, eq + 1, TRUE);
			g_free(kv);
			skip++;
		}
		char **full = g_new0(char *, (gsize)argc + 2);
		full[0] = (char *)binary;
		for (int i = skip; i < argc; i++)
			full[i + 1 - skip] = argv[i];
		char *sout = NULL, *serr = NULL;
		int wait = 0;
		if (!g_spawn_sync(NULL, full, run_env, G_SPAWN_DEFAULT, NULL, NULL, &sout,
		                  &serr, &wait, &e))
			fail_msg("case %s: cannot run %s: %s", c->name, binary, e->message);
		int status = WIFEXITED(wait) ? WEXITSTATUS(wait) : 128 + WTERMSIG(wait);
		/* Earlier runs must succeed; the expectations are about the last. */
		if (first_status > 0)
			failf("an earlier run exited %d: %s", first_status, first_err);
		g_free(first_out), g_free(first_err);
		first_status = status, first_err = serr, first_out = sout;
		if (!WIFEXITED(wait))
			failf("run \"%s\" died of signal %d", line, WTERMSIG(wait));
		g_free(full);
		g_strfreev(run_env);
		g_strfreev(argv);
		g_free(line);
	}
	if (first_status < 0)
		fail_msg("case %s: no command in args", c->name);
	if (strstr(first_err, "runtime error") || strstr(first_err, "Sanitizer"))
		failf("sanitizer report:\n%s", first_err);

	SceneData sd = {0};
	gboolean saw_exit = FALSE;
	for (char **l = expect; *l; l++) {
		char *line = subst(*l, c->dir, out);
		g_strchomp(line);
		char *rest = strchr(line, ' ');
		rest = rest ? rest + 1 : line + strlen(line);
		int argc = 0;
		char **argv = NULL;
		if (!*line || *line == '#' || g_str_has_prefix(line, "env ")) {
			g_free(line);
			continue;
		}
		/* Message lines may hold unbalanced quotes: split those on spaces
		 * (stderr and stdout checks use the raw rest of the line anyway). */
		if (!g_shell_parse_argv(line, &argc, &argv, NULL)) {
			argv = g_strsplit(line, " ", -1);
			argc = (int)g_strv_length(argv);
		}
		const char *cmd = argv[0];
		gboolean need_scene = !sd.items && strcmp(cmd, "exit") && strcmp(cmd, "stderr") &&
			strcmp(cmd, "stderr-has") && strcmp(cmd, "stdout-has") &&
			strcmp(cmd, "file") && strcmp(cmd, "absent") && strcmp(cmd, "same") &&
			strcmp(cmd, "scene") && strcmp(cmd, "pdf-fonts-bundled") &&
			strcmp(cmd, "contains") && strcmp(cmd, "lacks");
		if (need_scene) {
			failf("%s: no scene loaded (add a 'scene PATH' line)", line);
		} else if (!strcmp(cmd, "exit") && argc == 2) {
			saw_exit = TRUE;
			if (first_status != atoi(argv[1]))
				failf("exit %d, expected %s; stderr: %s", first_status, argv[1], first_err);
		} else if (!strcmp(cmd, "stderr")) {
			char *want = g_strconcat(rest, "\n", NULL);
			if (strcmp(first_err, want))
				failf("stderr is:\n    %s  expected:\n    %s", first_err, want);
			g_free(want);
		} else if (!strcmp(cmd, "stderr-has")) {
			if (!strstr(first_err, rest))
				failf("stderr lacks \"%s\": %s", rest, first_err);
		} else if (!strcmp(cmd, "stdout-has")) {
			if (!strstr(first_out, rest))
				failf("stdout lacks \"%s\": %s", rest, first_out);
		} else if (!strcmp(cmd, "file") && argc == 2) {
			GStatBuf st;
			if (g_stat(argv[1], &st) != 0 || st.st_size == 0)
				failf("missing or empty file %s", argv[1]);
		} else if (!strcmp(cmd, "absent") && argc == 2) {
			if (g_file_test(argv[1], G_FILE_TEST_EXISTS))
				failf("file %s should not exist", argv[1]);
			/* nor any temporary file beside it */
			char *dir = g_path_get_dirname(argv[1]);
			GDir *d = g_dir_open(dir, 0, NULL);
			const char *name;
			char *base = g_path_get_basename(argv[1]);
			while (d && (name = g_dir_read_name(d)))
				if (g_str_has_prefix(name, base))
					failf("leftover file %s in %s", name, dir);
			if (d)
				g_dir_close(d);
			g_free(base);
			g_free(dir);
		} else if (!strcmp(cmd, "same") && argc == 3) {
			if (!same_files(argv[1], argv[2]))
				failf("%s and %s differ", argv[1], argv[2]);
		} else if ((!strcmp(cmd, "contains") || !strcmp(cmd, "lacks")) && argc >= 3) {
			/* the text is the raw rest of the line after the path */
			char *path = g_strndup(rest, strcspn(rest, " "));
			const char *text = rest + strlen(path) + (rest[strlen(path)] ? 1 : 0);
			char *data = NULL;
			gsize len = 0;
			if (!g_file_get_contents(path, &data, &len, NULL))
				failf("cannot read %s", path);
			else if ((memmem(data, len, text, strlen(text)) != NULL) != (cmd[0] == 'c'))
				failf("%s %s \"%s\"", path, cmd[0] == 'c' ? "lacks" : "contains", text);
			g_free(path);
			g_free(data);
		} else if (!strcmp(cmd, "pdf-fonts-bundled") && argc == 2) {
			check_pdf_fonts(argv[1]);
		} else if (!strcmp(cmd, "scene") && argc == 2) {
			load_scene(argv[1], &sd);
		} else if (!strcmp(cmd, "no-text-overlap")) {
			check_no_text_overlap(&sd);
		} else if (!strcmp(cmd, "on-page")) {
			check_on_page(&sd);
		} else if (!strcmp(cmd, "text-clear-of") && argc >= 2) {
			check_text_clear_of(&sd, argv + 1);
		} else if ((!strcmp(cmd, "count") || !strcmp(cmd, "count-min")) && argc == 3) {
			int n = 0;
			for (guint i = 0; i < sd.items->len; i++)
				n += matches(item(&sd, i), argv[1]);
			int want = atoi(argv[2]);
			if (cmd[5] ? n < want : n != want)
				failf("%d items %s, expected %s%d", n, argv[1], cmd[5] ? "at least " : "", want);
		} else if (!strcmp(cmd, "labelled") && argc == 2) {
			GHashTable *refs = g_hash_table_new(g_direct_hash, g_direct_equal);
			for (guint i = 0; i < sd.items->len; i++) {
				Item *it = item(&sd, i);
				if (!strcmp(it->type, "text") && it->ref >= 0 &&
				    (role_is(it, "label") || role_is(it, "callout")))
					g_hash_table_add(refs, GINT_TO_POINTER(it->ref + 1));
			}
			int n = (int)g_hash_table_size(refs) + sd.hidden;
			if (n != atoi(argv[1]))
				failf("%u labelled + %d hidden = %d, expected %s",
				      g_hash_table_size(refs), sd.hidden, n, argv[1]);
			g_hash_table_destroy(refs);
		} else if (!strcmp(cmd, "has-text") && argc == 3) {
			if (!has_text(&sd, argv[1], argv[2]))
				failf("no %s text containing \"%s\"", argv[1], argv[2]);
		} else if (!strcmp(cmd, "ordered") && argc == 3) {
			check_ordered(&sd, argv[1], !strcmp(argv[2], "y"));
		} else if (!strcmp(cmd, "above") && argc == 3) {
			check_above(&sd, argv[1], argv[2]);
		} else if (!strcmp(cmd, "hidden") && argc == 2) {
			if (sd.hidden != atoi(argv[1]))
				failf("hidden %d, expected %s", sd.hidden, argv[1]);
		} else if (!strcmp(cmd, "seats")) {
			for (int a = 1; a < argc; a++) {
				char *eq = strrchr(argv[a], '=');
				if (!eq) {
					failf("seats: expected NAME=N, got %s", argv[a]);
					continue;
				}
				*eq = 0;
				int n = 0;
				for (guint i = 0; i < sd.items->len; i++) {
					Item *it = item(&sd, i);
					n += !strcmp(it->type, "seat") && !g_strcmp0(it->party, argv[a]);
				}
				if (n != atoi(eq + 1))
					failf("%s has %d seats, expected %s", argv[a], n, eq + 1);
			}
		} else if (!strcmp(cmd, "seats-total") && argc == 2) {
			int n = 0;
			for (guint i = 0; i < sd.items->len; i++)
				n += !strcmp(item(&sd, i)->type, "seat");
			if (n != atoi(argv[1]))
				failf("%d seats in all, expected %s", n, argv[1]);
		} else if (!strcmp(cmd, "seats-no-overlap")) {
			check_seats_no_overlap(&sd, FALSE);
		} else if (!strcmp(cmd, "seats-clear-of-text")) {
			check_seats_no_overlap(&sd, TRUE);
		} else if (!strcmp(cmd, "seats-contiguous")) {
			check_seats_contiguous(&sd);
		} else if (!strcmp(cmd, "swatches-distinct")) {
			/* legend swatches of different parties never share a fill */
			GHashTable *fills = g_hash_table_new(g_str_hash, g_str_equal);
			JsonObject *root = json_node_get_object(json_parser_get_root(sd.parser));
			JsonArray *arr = json_object_get_array_member(root, "items");
			for (guint i = 0; i < json_array_get_length(arr); i++) {
				JsonObject *o = json_array_get_object_element(arr, i);
				const char *role = strm(o, "role"), *fill = strm(o, "fill");
				const char *party = strm(o, "party");
				if (!role || strcmp(role, "swatch") || !fill || !party)
					continue;
				const char *other = g_hash_table_lookup(fills, fill);
				if (other && strcmp(other, party))
					failf("%s and %s share the colour %s", other, party, fill);
				g_hash_table_insert(fills, (gpointer)fill, (gpointer)party);
			}
			g_hash_table_destroy(fills);
		} else if (!strcmp(cmd, "bar") && argc >= 2) {
			check_bar(&sd, argv + 1, argc - 1);
		} else if (!strcmp(cmd, "majority") && argc == 2) {
			check_majority(&sd, atoi(argv[1]));
		} else {
			failf("unknown assertion: %s", line);
		}
		g_strfreev(argv);
		g_free(line);
	}
	if (!saw_exit && first_status != 0)
		failf("exit %d (no 'exit' line expects it); stderr: %s", first_status, first_err);
	free_scene(&sd);
	rm_tree(out);
	g_free(out);
	g_strfreev(runs);
	g_strfreev(expect);
	g_strfreev(env);
	g_free(first_err), g_free(first_out);
	g_free(args_text), g_free(expect_text);
	g_free(args_path), g_free(expect_path);
	if (failures->len) {
		char *msg = g_string_free(failures, FALSE);
		print_error("%s: %s\n", c->name, msg);
		g_free(msg);
		fail();
	}
	g_string_free(failures, TRUE);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(((const Case *)a)->name, ((const Case *)b)->name);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: test_cases RENDER_BINARY CASES_DIR [NAME_SUBSTRING]\n");
		return 2;
	}
	binary = argv[1];
	char *self = g_file_read_link("/proc/self/exe", NULL);
	tools_dir = self ? g_path_get_dirname(self) : ".";
	g_free(self);
	GDir *d = g_dir_open(argv[2], 0, NULL);
	if (!d) {
		fprintf(stderr, "test_cases: cannot open %s\n", argv[2]);
		return 2;
	}
	GArray *cases = g_array_new(FALSE, FALSE, sizeof(Case));
	const char *name;
	while ((name = g_dir_read_name(d))) {
		char *dir = g_build_filename(argv[2], name, NULL);
		char *args = g_build_filename(dir, "args", NULL);
		if (g_file_test(args, G_FILE_TEST_EXISTS) && (argc < 4 || strstr(name, argv[3]))) {
			Case c = {g_strdup(name), g_canonicalize_filename(dir, NULL)};
			g_array_append_val(cases, c);
		}
		g_free(args);
		g_free(dir);
	}
	g_dir_close(d);
	g_array_sort(cases, cmp_name);
	struct CMUnitTest *tests = g_new0(struct CMUnitTest, cases->len + 1);
	for (guint i = 0; i < cases->len; i++) {
		tests[i].name = g_array_index(cases, Case, i).name;
		tests[i].test_func = run_case;
		tests[i].initial_state = &g_array_index(cases, Case, i);
	}
	char *group = g_strdup_printf("cases (%s)", binary);
	int failed = _cmocka_run_group_tests(group, tests, cases->len, NULL, NULL);
	g_free(group);
	g_free(tests);
	return failed ? 1 : 0;
}
