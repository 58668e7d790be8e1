/* fv-gslice.c — GLib's slice allocator on malloc(), set at program start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 allocates each node of a parsed tree with g_slice_new(). On
 * GLib older than 2.76 the slice allocator keeps freed slices in caches of
 * its own, so after a 40 MB model resident memory stays at 8 times the file
 * although the tree was freed (measured: 373 MB, against 45 MB with
 * G_SLICE=always-malloc; build-aux/bench.py's rss_per_file_byte).
 *
 * GLib reads G_SLICE once, at the first slice allocation, and makes that
 * allocation in its own library constructor, before main(). Setting the
 * variable in main() is too late (tried), and so is a .preinit_array
 * function: the C library's constructor runs after it and puts back the
 * environment the program was started with (tried). What works is to start
 * the program again, once, with the variable set. That costs one exec:
 * ~15-25 ms at startup here, most of it loading GTK's libraries again
 * (bench: startup_ratio). All of this can go when GLib 2.76 is the floor:
 * there GSlice is g_malloc().
 *
 * This is the program's business, not a library's: only main() calls it,
 * and the variable leaves the environment again at once, so that what the
 * program starts (a browser for a source's address, a bus) does not run on
 * a setting made for Fact Viewer.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fv-gslice.h"

#define FV_GSLICE_VALUE "always-malloc"

/**
 * fv_gslice_from_start:
 * @argv: main()'s arguments
 *
 * Makes GLib's slice allocator use malloc() in this process, by starting the
 * program again with G_SLICE=always-malloc when GLib is older than 2.76.
 * Call it first thing in main(), before any thread: it may not return.
 */
void
fv_gslice_from_start (char *argv[])
{
  const char *preload = g_getenv ("LD_PRELOAD");
  const char *slice = g_getenv ("G_SLICE");

  if (glib_check_version (2, 76, 0) == NULL)
    return;

  if (slice != NULL)
    {
      /* Started again (or by someone who asked for the same): GLib has read
       * the variable before main(), so children need not inherit it. A
       * G_SLICE of the user's own choosing stays theirs. */
      if (strcmp (slice, FV_GSLICE_VALUE) == 0)
        unsetenv ("G_SLICE");
      return;
    }
  /* Under valgrind, which sets G_SLICE's behaviour itself, a new exec would
   * leave the tool behind. */
  if (preload != NULL && strstr (preload, "vgpreload") != NULL)
    return;

  if (setenv ("G_SLICE", FV_GSLICE_VALUE, 1) != 0)
    return;
  execv ("/proc/self/exe", argv);
  /* No /proc: go on with GSlice as it is. */
  unsetenv ("G_SLICE");
}
