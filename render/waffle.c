/* waffle: a seat grid filled column by column; see waffle.h. */
#include "waffle.h"

#include <math.h>

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
			w->seats[i] = (WaffleSeat){i / rows, i % rows, p};
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
	int col = left / w->rows, row = left % w->rows, n = 0;
	/* The last column may be short: its missing cells are never seats. */
	if (row == 0) {
		pts[n++] = col, pts[n++] = 0;
		pts[n++] = col, pts[n++] = w->rows;
		return n / 2;
	}
	pts[n++] = col + 1, pts[n++] = 0;
	pts[n++] = col + 1, pts[n++] = row;
	pts[n++] = col, pts[n++] = row;
	pts[n++] = col, pts[n++] = w->rows;
	return n / 2;
}
