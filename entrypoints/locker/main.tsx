import { render } from 'preact';
import { Locker } from '@/components/locker/Locker';
import '@/components/base.css';

render(<Locker />, document.getElementById('app')!);
