/* waffle: a seat grid filled column by column; see waffle.h. */
#include "waffle.h"

#include <math.h>

/* Columns run down and up by turns, so seats next in the fill order are
 * always side by side, and a party that spills into the next column stays
 * joined to itself. */
static int waffle_row(int i, int rows)
{
	int col = i / rows, k = i % rows;
	return col % 2 == 0 ? k : rows - 1 - k;
}

Waffle *waffle_new(int total, const int *party_seats, int nparties, double aspect)
{
	g_return_val_if_fail(total >= 1, NULL);
	Waffle *w = g_new0(Waffle, 1);
	/* rows * cols >= total with cols / rows near aspect: rows = sqrt(total / aspect). */
	int rows = (int)lround(sqrt(total / aspect));
	rows = CLAMP(rows, 1, total);
	w->rows = rows;
	w->cols = (total + rows - 1) / rows;
	w->nseats = total;
	w->seats = g_new0(WaffleSeat, total);
	int i = 0;
	for (int p = 0; p < nparties; p++)
		for (int k = 0; k < party_seats[p] && i < total; k++, i++)
			w->seats[i] = (WaffleSeat){i / rows, waffle_row(i, rows), p};
	return w;
}

void waffle_free(Waffle *w)
{
	if (!w)
		return;
	g_free(w->seats);
	g_free(w);
}

int waffle_threshold_line(const Waffle *w, int left, double pts[12])
{
	int col = left / w->rows, k = left % w->rows, n = 0;
	if (k == 0) {
		pts[n++] = col, pts[n++] = 0;
		pts[n++] = col, pts[n++] = w->rows;
		return n / 2;
	}
	/* Column col holds k of the left seats: its top k cells when it runs
	 * down, its bottom k when it runs up. */
	int step = col % 2 == 0 ? k : w->rows - k;
	double top_x = col % 2 == 0 ? col + 1 : col, bottom_x = col % 2 == 0 ? col : col + 1;
	pts[n++] = top_x, pts[n++] = 0;
	pts[n++] = top_x, pts[n++] = step;
	pts[n++] = bottom_x, pts[n++] = step;
	pts[n++] = bottom_x, pts[n++] = w->rows;
	return n / 2;
}
