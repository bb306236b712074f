/* case_scene: the scene assertions of the case runner: a scene JSON loaded
 * into items with bounding boxes, and the geometry checks on it; see case.h. */
#include "case.h"

#include <math.h>
#include <string.h>

#define EPS 0.01

static double num(JsonObject *o, const char *k)
{
	return json_object_has_member(o, k) ? json_object_get_double_member(o, k) : 0;
}

static const char *strm(JsonObject *o, const char *k)
{
	return json_object_has_member(o, k) ? json_object_get_string_member(o, k) : NULL;
}

void scene_data_free(SceneData *sd)
{
	if (!sd->items)
		return;
	for (guint i = 0; i < sd->items->len; i++)
		g_free(g_array_index(sd->items, Item, i).pts);
	g_array_free(sd->items, TRUE);
	g_object_unref(sd->parser);
	memset(sd, 0, sizeof *sd);
}

gboolean scene_data_load(SceneData *sd, const char *path)
{
	scene_data_free(sd);
	GError *e = NULL;
	sd->parser = json_parser_new();
	if (!json_parser_load_from_file(sd->parser, path, &e)) {
		case_fail("scene %s: %s", path, e->message);
		g_error_free(e);
		g_object_unref(sd->parser);
		sd->parser = NULL;
		return FALSE;
	}
	JsonNode *top = json_parser_get_root(sd->parser);
	JsonObject *root = top && JSON_NODE_HOLDS_OBJECT(top) ? json_node_get_object(top) : NULL;
	JsonNode *page_node = root ? json_object_get_member(root, "page") : NULL;
	JsonNode *items_node = root ? json_object_get_member(root, "items") : NULL;
	if (!page_node || !JSON_NODE_HOLDS_OBJECT(page_node) || !items_node ||
	    !JSON_NODE_HOLDS_ARRAY(items_node)) {
		case_fail("scene %s has no \"page\" object or no \"items\" array", path);
		g_object_unref(sd->parser);
		sd->parser = NULL;
		return FALSE;
	}
	JsonObject *page = json_node_get_object(page_node);
	sd->width = num(page, "width");
	sd->height = num(page, "height");
	sd->hidden = (int)num(root, "hidden");
	JsonNode *lo = json_object_get_member(root, "left_out");
	sd->left_out = lo && JSON_NODE_HOLDS_ARRAY(lo) ? json_node_get_array(lo) : NULL;
	JsonArray *arr = json_node_get_array(items_node);
	sd->items = g_array_new(FALSE, TRUE, sizeof(Item));
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *o = json_array_get_object_element(arr, i);
		Item it = {0};
		const char *type = strm(o, "type");
		g_strlcpy(it.type, type ? type : "", sizeof it.type);
		it.role = strm(o, "role");
		it.text = strm(o, "text");
		it.party = strm(o, "party");
		it.obj = o;
		it.row = json_object_has_member(o, "row") ? (int)num(o, "row") : -1;
		it.panel = json_object_has_member(o, "panel") ? (int)num(o, "panel") : -1;
		it.lw = num(o, "stroke_width");
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


gboolean case_role_is(const Item *it, const char *role)
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
	return !colon || case_role_is(it, colon + 1);
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
		if (!strcmp(scene_data_item(sd, i)->type, "text"))
			grid_add(g, scene_data_item(sd, i), i);
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
	Item *other = scene_data_item(q->sd, idx);
	if (idx <= q->self)
		return;
	if (boxes_overlap(q->probe, other)) {
		q->found++;
		if (q->reported++ < 5)
			case_fail("text overlap: \"%s\" (%s) and \"%s\" (%s)", q->probe->text,
			          q->probe->role, other->text, other->role);
	}
}

void check_no_text_overlap(SceneData *sd)
{
	Grid g;
	grid_texts(&g, sd);
	GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal);
	Query q = {.sd = sd};
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "text"))
			continue;
		q.self = i, q.probe = it;
		grid_query(&g, it->x, it->y, it->w, it->h, seen, text_overlap_fn, &q);
	}
	g_hash_table_destroy(seen);
	grid_free(&g);
}

void check_on_page(SceneData *sd)
{
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (it->x < -EPS || it->y < -EPS || it->x + it->w > sd->width + EPS ||
		    it->y + it->h > sd->height + EPS) {
			if (bad++ < 5)
				case_fail("off the page (%gx%g): %s %s \"%s\" at %g,%g size %gx%g",
				          sd->width, sd->height, it->type, it->role ? it->role : "",
				          it->text ? it->text : "", it->x, it->y, it->w, it->h);
		}
	}
}

/* Does segment (x0,y0)-(x1,y1) pass through the inside of box it? */
gboolean segment_hits_box(double x0, double y0, double x1, double y1, const Item *b)
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
	Item *t = scene_data_item(q->sd, idx);
	if (segment_hits_box(q->x0, q->y0, q->x1, q->y1, t) && (*q->bad)++ < 5)
		case_fail("%s %s crosses text \"%s\" (%s)", q->line->type, q->line->role,
		          t->text, t->role);
}

void check_text_clear_of(SceneData *sd, char **roles)
{
	Grid g;
	grid_texts(&g, sd);
	GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal);
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!it->pts)
			continue;
		gboolean wanted = FALSE;
		for (char **r = roles; *r; r++)
			wanted |= case_role_is(it, *r);
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

void check_seats_no_overlap(SceneData *sd, gboolean vs_text)
{
	Grid g;
	double maxr = 0;
	for (guint i = 0; i < sd->items->len; i++)
		if (!strcmp(scene_data_item(sd, i)->type, "seat"))
			maxr = fmax(maxr, scene_data_item(sd, i)->r);
	grid_init(&g, sd, fmax(4 * maxr, 8));
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!strcmp(it->type, vs_text ? "text" : "seat"))
			grid_add(&g, it, i);
	}
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *a = scene_data_item(sd, i);
		if (strcmp(a->type, "seat"))
			continue;
		int c0, r0, c1, r1;
		grid_range(&g, a->x, a->y, a->w, a->h, &c0, &r0, &c1, &r1);
		for (int r = r0; r <= r1; r++)
			for (int c = c0; c <= c1; c++) {
				GArray *cell = g.cells[r * g.cols + c];
				for (guint k = 0; cell && k < cell->len; k++) {
					guint j = g_array_index(cell, guint, k);
					Item *b = scene_data_item(sd, j);
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
						case_fail("seat of %s at %g,%g overlaps %s \"%s\"", a->party,
						          a->cx, a->cy, b->type, b->text ? b->text : b->party);
				}
			}
	}
	grid_free(&g);
}

/* The first bar (the topmost row of "bar" rects) splits its length as the
 * seat counts do, and each threshold line (role "majority", or "threshold"
 * with the threshold given as ROLE=N) cuts it after exactly that many seats. */
void check_bar(SceneData *sd, char **args, int nargs)
{
	double top = INFINITY;
	for (guint i = 0; i < sd->items->len; i++)
		if (!strcmp(scene_data_item(sd, i)->type, "rect") && case_role_is(scene_data_item(sd, i), "bar"))
			top = fmin(top, scene_data_item(sd, i)->y);
	GArray *bars = g_array_new(FALSE, FALSE, sizeof(Item *));
	double x0 = INFINITY, x1 = -INFINITY;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!strcmp(it->type, "rect") && case_role_is(it, "bar") && fabs(it->y - top) < 2) {
			g_array_append_val(bars, it);
			/* an outlined segment is inset by half its outline */
			x0 = fmin(x0, it->x - it->lw / 2), x1 = fmax(x1, it->x + it->w + it->lw / 2);
		}
	}
	int total = 0, nseats = 0;
	for (int a = 0; a < nargs; a++)
		if (!strchr(args[a], '='))
			total += atoi(args[a]), nseats++;
	if ((int)bars->len != nseats || total <= 0) {
		case_fail("bar: %u segments, expected %d", bars->len, nseats);
		g_array_free(bars, TRUE);
		return;
	}
	double len = x1 - x0;
	int k = 0, left = 0;
	for (int a = 0; a < nargs; a++) {
		if (strchr(args[a], '='))
			continue;
		Item *b = g_array_index(bars, Item *, k++);
		int n = atoi(args[a]);
		double want0 = x0 + len * left / total, want1 = x0 + len * (left + n) / total;
		/* a stroked segment may be inset by its line width */
		if (fabs(b->x - want0) > 1.5 || fabs(b->x + b->w - want1) > 1.5)
			case_fail("bar segment %d spans %g..%g, expected %g..%g for %d of %d seats",
			          k, b->x, b->x + b->w, want0, want1, n, total);
		left += n;
	}
	for (int a = 0; a < nargs; a++) {
		char *eq = strchr(args[a], '=');
		if (!eq)
			continue;
		char *role = g_strndup(args[a], (gsize)(eq - args[a]));
		int n = atoi(eq + 1), found = 0;
		double want = x0 + len * n / total;
		for (guint i = 0; i < sd->items->len; i++) {
			Item *it = scene_data_item(sd, i);
			if (!it->pts || !case_role_is(it, role) || fabs(it->y - top) > 40)
				continue;
			found++;
			if (fabs(it->pts[0] - want) > 0.5)
				case_fail("%s line at x=%g, expected %g (after %d of %d seats)", role,
				          it->pts[0], want, n, total);
		}
		if (!found)
			case_fail("no %s line on the bar", role);
		g_free(role);
	}
	g_array_free(bars, TRUE);
}

void check_count(SceneData *sd, const char *spec, int want, gboolean at_least)
{
	int n = 0;
	for (guint i = 0; i < sd->items->len; i++)
		n += matches(scene_data_item(sd, i), spec);
	if (at_least ? n < want : n != want)
		case_fail("%d items %s, expected %s%d", n, spec, at_least ? "at least " : "", want);
}

/* Every input row is drawn (a label or callout text carries its row) or
 * counted in "hidden". */
void check_labelled(SceneData *sd, int want)
{
	GHashTable *rows = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!strcmp(it->type, "text") && it->row >= 0 &&
		    (case_role_is(it, "label") || case_role_is(it, "callout")))
			g_hash_table_add(rows, GINT_TO_POINTER(it->row + 1));
	}
	int n = (int)g_hash_table_size(rows) + sd->hidden;
	if (n != want)
		case_fail("%u labelled + %d hidden = %d, expected %d", g_hash_table_size(rows),
		          sd->hidden, n, want);
	g_hash_table_destroy(rows);
}

void check_has_text(SceneData *sd, const char *role, const char *sub)
{
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!strcmp(it->type, "text") && case_role_is(it, role) && it->text &&
		    strstr(it->text, sub))
			return;
	}
	case_fail("no %s text containing \"%s\"", role, sub);
}

void check_lacks_text(SceneData *sd, const char *role, const char *sub)
{
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!strcmp(it->type, "text") && case_role_is(it, role) && it->text &&
		    strstr(it->text, sub))
			case_fail("%s text \"%s\" contains \"%s\"", it->role ? it->role : "",
			          it->text, sub);
	}
}

/* An item's "lines" joined by '|', or NULL if it has none; caller frees. */
static char *joined_lines(const Item *it)
{
	JsonNode *n = json_object_get_member(it->obj, "lines");
	if (!n || !JSON_NODE_HOLDS_ARRAY(n))
		return NULL;
	JsonArray *a = json_node_get_array(n);
	GString *s = g_string_new(NULL);
	for (guint k = 0; k < json_array_get_length(a); k++) {
		const char *line = json_array_get_string_element(a, k);
		g_string_append_printf(s, "%s%s", k ? "|" : "", line ? line : "");
	}
	return g_string_free(s, FALSE);
}

/* Some text item of the role is broken into exactly the lines of want
 * ("first line|second line"). On failure it shows how the texts that hold
 * the first wanted line are broken, which is usually the one meant. */
void check_lines(SceneData *sd, const char *role, const char *want)
{
	char *first = g_strndup(want, strcspn(want, "|"));
	GString *seen = g_string_new(NULL);
	gboolean found = FALSE;
	for (guint i = 0; i < sd->items->len && !found; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "text") || !case_role_is(it, role))
			continue;
		char *got = joined_lines(it);
		if (got && !strcmp(got, want))
			found = TRUE;
		else if (it->text && strstr(it->text, first))
			g_string_append_printf(seen, got ? "\n    \"%s\"" : "\n    %s",
			                       got ? got : "(no \"lines\")");
		g_free(got);
	}
	if (!found)
		case_fail("no %s text broken as \"%s\"; %s%s", role, want,
		          seen->len ? "texts with its first line are broken as:" :
		                      "no text holds its first line", seen->str);
	g_string_free(seen, TRUE);
	g_free(first);
}

void check_seats(SceneData *sd, const char *party, int want)
{
	int n = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		n += !strcmp(it->type, "seat") && !g_strcmp0(it->party, party);
	}
	if (n != want)
		case_fail("%s has %d seats, expected %d", party, n, want);
}

void check_seats_total(SceneData *sd, int want)
{
	int n = 0;
	for (guint i = 0; i < sd->items->len; i++)
		n += !strcmp(scene_data_item(sd, i)->type, "seat");
	if (n != want)
		case_fail("%d seats in all, expected %d", n, want);
}

static gboolean listed(const char *name, char **only, int nonly)
{
	for (int i = 0; i < nonly; i++)
		if (!strcmp(only[i], name))
			return TRUE;
	return nonly == 0;
}

/* Legend swatches of different parties never share a fill; with nonly > 0
 * only the parties named in only are compared. */
void check_swatches_distinct(SceneData *sd, char **only, int nonly)
{
	GHashTable *fills = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		const char *fill = strm(it->obj, "fill");
		if (!it->role || strcmp(it->role, "swatch") || !fill || !it->party ||
		    !listed(it->party, only, nonly))
			continue;
		const char *other = g_hash_table_lookup(fills, fill);
		if (other && strcmp(other, it->party))
			case_fail("%s and %s share the colour %s", other, it->party, fill);
		g_hash_table_insert(fills, (gpointer)fill, (gpointer)it->party);
	}
	g_hash_table_destroy(fills);
}

void check_ordered(SceneData *sd, const char *role, gboolean vertical)
{
	Item *prev = NULL;
	int n = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "text") || !case_role_is(it, role))
			continue;
		n++;
		if (prev) {
			double end = vertical ? prev->y + prev->h : prev->x + prev->w;
			double start = vertical ? it->y : it->x;
			if (start < end - EPS)
				case_fail("%s \"%s\" is not after \"%s\" (%g < %g)", role, it->text,
				          prev->text, start, end);
		}
		prev = it;
	}
	if (!n)
		case_fail("no text of role %s", role);
}

/* The first text containing a ends above the first text containing b. */
void check_above(SceneData *sd, const char *a, const char *b)
{
	Item *ia = NULL, *ib = NULL;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "text") || !it->text)
			continue;
		if (!ia && strstr(it->text, a))
			ia = it;
		if (!ib && strstr(it->text, b))
			ib = it;
	}
	if (!ia || !ib)
		case_fail("no text containing \"%s\"", !ia ? a : b);
	else if (ia->y + ia->h > ib->y + EPS)
		case_fail("\"%s\" (bottom %g) is not above \"%s\" (top %g)", ia->text,
		          ia->y + ia->h, ib->text, ib->y);
}
