package matching

// Peek is the lists a Suggester keeps now, nil before any computation,
// without computing them.
func (s *Suggester) Peek() *Computed {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur
}
