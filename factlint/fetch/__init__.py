"""factlint fetch: get the pages articles cite by URL into the offline source cache (needs factlint[fetch])."""
