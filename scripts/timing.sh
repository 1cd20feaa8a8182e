# Sourced by the compile benchmarks: how long a command takes, and the median of a column of figures.

# seconds_of COMMAND...: runs it with its output discarded and prints the wall time in seconds.
seconds_of() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

# median: of the numbers on standard input, one a line.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
