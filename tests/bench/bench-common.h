/* bench-common.h — what the benchmark's programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdlib.h>

#include <glib.h>

static inline int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median of TIMES (sorted in place), and with WORST its largest. */
static inline double
bench_median (double *times,
              guint   n,
              double *worst)
{
  qsort (times, n, sizeof (double), bench_compare_doubles);
  if (worst != NULL)
    *worst = times[n - 1];
  return times[n / 2];
}
