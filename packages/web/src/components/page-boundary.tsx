import { Component, Suspense, type ReactNode } from 'react';
import { PageLoadError } from './page-load-error.js';
import { PageLoader } from './page-loader.js';

interface Props {
  children: ReactNode;
  /** Moving to another page (a new key) clears the error message. */
  resetKey: string;
  fullScreen?: boolean;
}

/**
 * Around lazily loaded pages: a loader while their code downloads, and a message with a reload
 * button instead of a blank screen when it cannot (a field tablet losing its connection).
 */
export class PageBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    if (this.state.failed) return <PageLoadError />;
    return <Suspense fallback={<PageLoader fullScreen={this.props.fullScreen} />}>{this.props.children}</Suspense>;
  }
}
