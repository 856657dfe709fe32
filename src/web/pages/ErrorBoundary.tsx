// Catches render errors of a page and shows a friendly message, never a stack trace.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPage } from './ErrorPage';

interface Props {
  children: ReactNode;
  /** Changing this (the pathname) clears the error, so navigating away recovers. */
  resetKey: string;
}

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only to the developer console; no personal data is sent anywhere.
    console.error('Page failed to render', error.name, info.componentStack?.split('\n')[1]?.trim());
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (this.state.failed) return <ErrorPage onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
