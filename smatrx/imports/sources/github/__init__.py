"""The GitHub source: ``client`` reads a person's repositories over GitHub's API (limits,
ETags, pagination), ``repos`` holds what it reads and its errors, ``proposals`` turns the
repositories into skill proposals."""
