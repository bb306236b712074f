/* case: what the case runner (cases.c) shares with its assertions
 * (case_assert.c) and their checks of the scene (case_scene.c) and of the
 * figure files (case_svg.c): the failure log of the running case, its runs,
 * expect lines and loaded scene. */
#ifndef TESTS_CASE_H
#define TESTS_CASE_H

#include <glib.h>
#include <json-glib/json-glib.h>
#include <limits.h>

/* Adds one line to the failures of the running case; the case fails at its
 * end if there are any, so one run reports every broken assertion. */
void case_fail(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* One scene item, with a bounding box for every type. */
typedef struct Item {
	char type[8];
	const char *role;     /* borrowed from the JSON tree, as the strings below */
	const char *text;
	const char *party;
	JsonObject *obj;      /* the item itself, borrowed */
	double x, y, w, h;    /* text, rect; for lines, circles and paths the bbox */
	double cx, cy, r;
	double *pts;          /* owned; path: x0 y0 x1 y1 ...; a line: 2 points */
	int npts;
	int row;              /* "row", or -1 */
	int panel;            /* "panel", or -1 */
	double lw;            /* "stroke_width", or 0 */
} Item;

typedef struct SceneData {
	JsonParser *parser;   /* owns the tree the items borrow from */
	double width, height;
	int hidden;
	JsonArray *left_out;  /* borrowed: the scene's "left_out", or NULL */
	GArray *items;        /* of Item; NULL while no scene is loaded */
} SceneData;

/* Loads path into sd (freeing what it held); on error logs it and leaves sd
 * empty. */
gboolean scene_data_load(SceneData *sd, const char *path);
void scene_data_free(SceneData *sd);

static inline Item *scene_data_item(SceneData *sd, guint i)
{
	return &g_array_index(sd->items, Item, i);
}

/* Whether the item has that role ("*": any role). */
gboolean case_role_is(const Item *it, const char *role);

/* One run of render, from one args line. */
typedef struct Run {
	char *line;         /* owned: the args line, $DIR and $OUT replaced */
	int status;         /* exit status; 128 + N when killed by signal N */
	int signal;         /* N when killed by signal N, else 0 */
	char *out, *err;    /* owned: what it wrote */
} Run;

typedef struct Assertion Assertion;

/* One line of an expect file. */
typedef struct Expect {
	const Assertion *kind;
	char *line;         /* owned: $DIR, $OUT, $TOOLS replaced */
	const char *rest;   /* the raw text after the name, in line */
	char **words;       /* owned: the name, then its arguments, unquoted */
	char **argv;        /* words + 1, NULL-terminated */
	int argc;
} Expect;

/* What an assertion checks: the last run (every run in runs) and the scene
 * loaded last. Before the runs (A_BEFORE) last and runs are NULL. */
typedef struct Ctx {
	const Expect *e;
	const Run *last;
	const GArray *runs;   /* of Run, in order */
	SceneData *sd;
} Ctx;

enum { ANY = INT_MAX };   /* max_args: no limit */

typedef enum {
	A_SCENE = 1 << 0,   /* reads the scene of the last `scene` line */
	A_STDERR = 1 << 1,  /* says what stderr holds, so a clean exit may write to it */
	A_RAW = 1 << 2,     /* reads the raw rest of the line, unbalanced quotes and all */
	A_BEFORE = 1 << 3,  /* prepares $OUT before the first run */
} AssertionFlags;

struct Assertion {
	const char *name;
	const char *args;   /* what it takes, for messages */
	int min_args, max_args;
	unsigned flags;     /* AssertionFlags */
	void (*check)(Ctx *x);  /* NULL: read before the runs (env) */
};

/* The assertion of that name, from the table in case_assert.c, or NULL. */
const Assertion *case_assertion(const char *name);

/* Whether the segment (x0, y0)-(x1, y1) passes through the inside of b's
 * box (touching its edge, within 0.01 pt, is not). */
gboolean segment_hits_box(double x0, double y0, double x1, double y1, const Item *b);
/* The signal run `index` (1-based) of the case is expected to die of
 * (`run-signal INDEX N`), or 0. */
int case_expected_signal(GArray *expects, int index);

/* The scene assertions of tests/cases/README.md; each logs what it finds
 * wrong with case_fail. */
void check_no_text_overlap(SceneData *sd);
void check_on_page(SceneData *sd);
void check_text_clear_of(SceneData *sd, char **roles);
void check_count(SceneData *sd, const char *spec, int want, gboolean at_least);
void check_labelled(SceneData *sd, int want);
void check_has_text(SceneData *sd, const char *role, const char *sub);
void check_lacks_text(SceneData *sd, const char *role, const char *sub);
void check_lines(SceneData *sd, const char *role, const char *want);
void check_ordered(SceneData *sd, const char *role, gboolean vertical);
void check_above(SceneData *sd, const char *a, const char *b);
void check_seats(SceneData *sd, const char *party, int want);
void check_seats_total(SceneData *sd, int want);
void check_seats_no_overlap(SceneData *sd, gboolean vs_text);
void check_swatches_distinct(SceneData *sd, char **only, int nonly);
void check_bar(SceneData *sd, char **args, int nargs);
/* The timeline mark checks of case_marks.c. */
void check_marks_visible(SceneData *sd, double max_share);
void check_marks_contrast(SceneData *sd, double ratio);
void check_group_color(SceneData *sd, const char *group, const char *hex);
void check_group_shape(SceneData *sd, const char *group, const char *shape);
void check_one_scale(SceneData *sd);
void check_legend_visible(SceneData *sd);
void check_first_tick(SceneData *sd);

/* Text as a reader meets it (case_text.c). */
void check_text_gap(SceneData *sd, double gap);
void check_parties_named(SceneData *sd);
void check_text_contrast(SceneData *sd, double ratio);
void check_same_fill(SceneData *sd, const char *a, const char *b);

/* What the files say about the figure (case_svg.c). */
void check_svg_described(const char *path, const char *title);
void check_svg_rows(SceneData *sd, const char *path);
void check_svg_group(const char *path, const char *id, const char *title);
void check_svg_text(SceneData *sd, const char *path, gboolean live);
void check_png_text(const char *path, const char *key, const char *want);
void check_pdf_info(const char *path, const char *field, const char *want);

/* The timeline's placement checks (case_timeline.c). */
void check_priority_first(SceneData *sd);
void check_uncrossed(SceneData *sd, char **roles);
void check_near_event(SceneData *sd, double most);
void check_text_height(SceneData *sd, const char *roles, double most);
void check_named(SceneData *sd, const int *lines, int n);
void check_bars_clear_of(SceneData *sd, char **roles);
void check_one_date_style(SceneData *sd);

/* The seat-chart checks of case_seats.c. Threshold lines are the paths and
 * lines of role "majority" or "threshold", with their "halo". */
void check_seats_contiguous(SceneData *sd);
void check_seats_rows(SceneData *sd, int panels);
void check_seats_arch_order(SceneData *sd);
void check_lines_clear(SceneData *sd, double share);
void check_lines_clear_of_text(SceneData *sd);
/* Each line of the role, in scene order, has want[i] seats of its panel on
 * one side (want[0] for every line when all). */
void check_splits(SceneData *sd, const char *role, const int *want, int nwant,
                  gboolean all);

#endif
