package main

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// nodeHistogram is one of the node's Prometheus histograms at one moment:
// cumulative counts by upper bound, as /metrics writes them.
type nodeHistogram struct {
	// Upper bounds, ascending, +Inf last (which JSON cannot say: the
	// report carries the quantiles instead), and the observations at or
	// under each.
	Bounds []float64 `json:"-"`
	Counts []float64 `json:"-"`
	Count  float64   `json:"count"`
	Sum    float64   `json:"sum"`
}

// The node's chat-commit histograms (hub/metrics.go), read from each
// sample so that the report can say what the disk took of a send's wait.
var sampledHistograms = map[string]func(*serverSample) *nodeHistogram{
	"village_chat_commit_seconds":  func(s *serverSample) *nodeHistogram { return &s.Commit },
	"village_chat_commit_messages": func(s *serverSample) *nodeHistogram { return &s.CommitSize },
	"village_chat_stored_seconds":  func(s *serverSample) *nodeHistogram { return &s.Stored },
}

// parseHistogramLine takes the _bucket, _sum and _count lines of the
// histograms above; it says whether line was one of them.
func parseHistogramLine(s *serverSample, name, value string) bool {
	base, labels, _ := strings.Cut(name, "{")
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		stem, ok := strings.CutSuffix(base, suffix)
		if !ok || sampledHistograms[stem] == nil {
			continue
		}
		v, err := strconv.ParseFloat(value, 64)
		if err != nil {
			return true
		}
		h := sampledHistograms[stem](s)
		switch suffix {
		case "_sum":
			h.Sum = v
		case "_count":
			h.Count = v
		default:
			le, ok := labelValue(labels, "le")
			bound, err := strconv.ParseFloat(le, 64) // "+Inf" parses
			if !ok || err != nil {
				return true
			}
			h.Bounds = append(h.Bounds, bound)
			h.Counts = append(h.Counts, v)
		}
		return true
	}
	return false
}

// labelValue finds key="value" in the labels of a series, `le="0.5"}`.
func labelValue(labels, key string) (string, bool) {
	for part := range strings.SplitSeq(strings.TrimSuffix(labels, "}"), ",") {
		k, v, ok := strings.Cut(part, "=")
		if ok && k == key {
			return strings.Trim(v, `"`), true
		}
	}
	return "", false
}

// since is what was observed between an earlier sample of the same
// histogram and this one.
func (h nodeHistogram) since(earlier nodeHistogram) nodeHistogram {
	d := nodeHistogram{Count: h.Count - earlier.Count, Sum: h.Sum - earlier.Sum, Bounds: h.Bounds}
	d.Counts = slices.Clone(h.Counts)
	if slices.Equal(h.Bounds, earlier.Bounds) {
		for i := range d.Counts {
			d.Counts[i] -= earlier.Counts[i]
		}
	}
	return d
}

// quantile estimates the q-quantile as Prometheus's histogram_quantile
// does: linearly within the bucket it falls in. In the last finite
// bucket's range or beyond it, it says that bucket's upper bound. Zero
// when nothing was observed (JSON has no NaN).
func (h nodeHistogram) quantile(q float64) float64 {
	if h.Count <= 0 || len(h.Bounds) == 0 {
		return 0
	}
	rank := q * h.Count
	lower, below := 0.0, 0.0
	for i, bound := range h.Bounds {
		if h.Counts[i] >= rank {
			if math.IsInf(bound, 1) {
				return lower
			}
			in := h.Counts[i] - below
			if in <= 0 {
				return bound
			}
			return lower + (bound-lower)*(rank-below)/in
		}
		lower, below = bound, h.Counts[i]
	}
	return lower
}

// mean is the mean observation; zero when there was none.
func (h nodeHistogram) mean() float64 {
	if h.Count <= 0 {
		return 0
	}
	return h.Sum / h.Count
}
