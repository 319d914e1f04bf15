-- wrk reports 50, 75, 90 and 99 % latencies; this prints the 95th too, in milliseconds, as
-- "p95 <ms>" (scripts/bench.sh reads it for the open API's rows).
done = function(summary, latency, requests)
  io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
