#!/bin/sh
# Writes the benchmark inputs into folder $1, the same bytes every time:
#   events-N.csv      timelines of 1 000, 10 000 and 100 000 events
#   seats-N.csv       one parliament of 107, 650 and 3 000 seats
#   elections-40x3000.csv  40 elections of 3 000 seats each, 6 to 9 parties
set -eu
dir=$1
mkdir -p "$dir"
for n in 1000 10000 100000; do
	awk -v n="$n" 'BEGIN {
		print "date,label,group,priority"
		for (i = 0; i < n; i++) {
			d = 730120 + (i * 7919) % 9000       # spread over about 25 years
			y = 2000 + int(d % 9000 / 365); doy = d % 365
			m = 1 + int(doy / 31); if (m > 12) m = 12
			day = 1 + doy % 28
			printf "%04d-%02d-%02d,Event number %d,g%d,%d\n", y, m, day, i, i % 5, i % 10
		}
	}' > "$dir/events-$n.csv"
done
for n in 107 650 3000; do
	awk -v n="$n" 'BEGIN {
		print "party,seats"
		left = n; i = 0
		while (left > 0) { s = int(n / (3 + i)) + 1; if (s > left) s = left
			printf "Party %d,%d\n", i, s; left -= s; i++ }
	}' > "$dir/seats-$n.csv"
done
awk 'BEGIN {
	print "election,party,seats"
	for (e = 0; e < 40; e++) {
		np = 6 + e % 4; left = 3000
		for (i = 0; i < np; i++) {
			s = (i == np - 1) ? left : int(left * (0.25 + ((e * 7 + i * 3) % 10) / 40))
			if (s < 1) s = 1
			printf "%d,Party %d,%d\n", 1901 + e, (e + i) % 12, s; left -= s
		}
	}
}' > "$dir/elections-40x3000.csv"
