/* scene: the plain geometry a layout produces, in points with the origin at the
 * top left and y down, plus its JSON form; backends draw it and tests read it. */
#ifndef RENDER_SCENE_H
#define RENDER_SCENE_H

#include <glib.h>
#include "color.h"
#include "text.h"

typedef enum {
	SCENE_TEXT,    /* x, y, w, h: logical box of the text; text, style */
	SCENE_LINE,    /* x1, y1, x2, y2 */
	SCENE_RECT,    /* x, y, w, h */
	SCENE_CIRCLE,  /* cx, cy, r */
	SCENE_PATH,    /* points[npoints], closed; drawn as straight segments */
	SCENE_SEAT,    /* cx, cy, r, party: one parliament seat */
} SceneKind;

typedef struct ScenePoint { double x, y; } ScenePoint;

typedef struct SceneItem {
	SceneKind kind;
	const char *role;    /* static string: "title", "label", "tick", "axis", "stem",
	                        "majority", ... ; written to JSON as "role" */
	Color fill;          /* a == 0: not filled */
	Color stroke;        /* a == 0: not stroked */
	double line_width;   /* points */
	double dash;         /* dash length in points; 0: solid */
	gboolean hatch;      /* RECT, CIRCLE, SEAT: diagonal hatching in stroke colour */
	double x, y, w, h;
	double x1, y1, x2, y2;
	double cx, cy, r;
	ScenePoint *points;  /* owned by the scene */
	int npoints;
	gboolean closed;
	char *text;          /* owned by the scene; may hold word joiners (U+2060)
	                        that steer line breaks: JSON leaves them out */
	TextStyle style;
	char *party;         /* owned by the scene; SEAT and legend items, else NULL */
	double per_day;      /* a stretch of a time axis: its points per day, else 0 */
	double days;         /* ... and the days it covers */
	int row;             /* CSV line of the input row the item draws, or 0 */
	gboolean ranked;     /* a label placed by priority: priority below holds */
	double priority;     /* ... the priority it was placed with */
	int panel;           /* small multiples: the panel (0..) it belongs to, or -1 */
} SceneItem;

/* An input row the figure does not show, and why. */
typedef struct SceneLeftOut {
	int row;                /* its CSV line */
	const char *reason;     /* static: "no room", "lower priority", ... */
	gboolean ranked;        /* placed by priority: the fields below hold */
	double priority;        /* its priority */
	gboolean tried;         /* its label (and a callout) were tried only after every
	                           label of higher or equal priority, and did not fit */
	int counted_in;         /* CSV line of the drawn label that counts it ("and 3
	                           more"), or 0 */
} SceneLeftOut;

typedef struct Scene {
	double width, height;   /* page size in points */
	GArray *items;          /* of SceneItem, in drawing order */
	int hidden;             /* labels left out on purpose (thinning) */
	GArray *left_out;       /* of SceneLeftOut: rows --strict refuses to leave out */
	int panel;              /* the panel new items go to, -1 for none */
	/* What the backends write into the file about the figure (PDF info,
	 * SVG <title>/<desc>, PNG text chunks); figure.c fills them in. */
	char *title;            /* owned; the figure's title, or NULL */
	char *desc;             /* owned; its alt text, or NULL */
	const char *lang;       /* static; the language of its words ("en"), or NULL */
} Scene;

/* Caller owns the scene: scene_free. */
Scene *scene_new(double width, double height);
void scene_free(Scene *s);

/* Each adder copies its strings and returns the new item, which stays valid
 * only until the next adder call (the array may move); row starts at 0 and
 * panel at the scene's current panel. */
SceneItem *scene_text(Scene *s, const char *role, const char *text,
                      const TextStyle *style, double x, double y, double w,
                      double h, Color color);
SceneItem *scene_line(Scene *s, const char *role, double x1, double y1,
                      double x2, double y2, double width, Color color);
SceneItem *scene_rect(Scene *s, const char *role, double x, double y, double w,
                      double h, Color fill, Color stroke, double stroke_width);
SceneItem *scene_circle(Scene *s, const char *role, double cx, double cy,
                        double r, Color fill, Color stroke, double stroke_width);
SceneItem *scene_path(Scene *s, const char *role, const ScenePoint *points,
                      int npoints, gboolean closed, Color fill, Color stroke,
                      double stroke_width);
SceneItem *scene_seat(Scene *s, const char *party, double cx, double cy,
                      double r, Color fill, Color stroke, double stroke_width);

static inline SceneItem *scene_item(Scene *s, guint i)
{
	return &g_array_index(s->items, SceneItem, i);
}

/* Items added from now on belong to panel (-1: none). */
void scene_set_panel(Scene *s, int panel);

/* Moves items [from, to) down the page by dy (to is clamped to the count). */
void scene_shift(Scene *s, guint from, guint to, double dy);

/* Records that the input row at CSV line `row` is not shown, for reason. */
void scene_leave_out(Scene *s, int row, const char *reason);
/* The same with the whole record (a ranked label's priority and fate). */
void scene_leave_out_ranked(Scene *s, const SceneLeftOut *l);

/* The scene as JSON (caller frees), in the format tests/scene.schema.json
 * describes: {"page": {"width", "height"}, "hidden", "left_out": [...],
 * "items": [{"type", "role", ...}]}, numbers rounded to 0.001 pt. With tm,
 * every text item also lists its lines as tm breaks them. */
char *scene_to_json(const Scene *s, TextMeasurer *tm);

#endif
