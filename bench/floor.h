/* floor: the fixed drawing list of the floor program (bench/floor.c), written
 * by bench/scene2c.py from render's --scene JSON of one figure. */
#ifndef BENCH_FLOOR_H
#define BENCH_FLOOR_H

#include <stddef.h>

typedef enum { FLOOR_TEXT, FLOOR_LINE, FLOOR_RECT, FLOOR_CIRCLE, FLOOR_PATH } FloorKind;

typedef struct FloorItem {
	FloorKind kind;
	double v[4];            /* TEXT: x, y; LINE: x1, y1, x2, y2; RECT: x, y, w, h;
	                           CIRCLE: cx, cy, r */
	unsigned fill, stroke;  /* 0xRRGGBB; TEXT uses fill */
	int has_fill, has_stroke, hatch, closed;
	double opacity, stroke_width;
	const char *text;       /* TEXT: its lines joined by "\n" */
	double size;
	int bold, italic;
	const double *points;   /* PATH: x0, y0, x1, y1, ... */
	int npoints;
} FloorItem;

extern const FloorItem floor_items[];
extern const int floor_nitems;
extern const double floor_width, floor_height;

#endif
